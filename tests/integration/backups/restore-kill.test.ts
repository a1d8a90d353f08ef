// A real worker process (worker/index.ts) is killed with SIGKILL in the middle of a restore: the
// environment keeps its old data untouched; the next worker redoes the restore from the start
// and swaps only when it is complete.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotRestoreJob } from "@/server/jobs/snapshot-restore";
import { dataTargetOf } from "@/server/store/snapshots";
import { testDb } from "../db";
import { jsonRequest, liveData, makeEnvironment, owner, startBackupTestEnv, waitForOperation, type BackupTestEnv } from "./fixtures";

let env: BackupTestEnv;
let child: ChildProcess | null = null;
beforeAll(async () => {
  env = await startBackupTestEnv();
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await env?.dispose();
});

function startWorkerProcess(): ChildProcess {
  const root = path.resolve(import.meta.dirname, "../../..");
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "worker/index.ts")], {
    cwd: root,
    env: { ...process.env, PORTAL_MODE: "local", ARM_ENDPOINT: env.stack.emulatorUrl, DATA_PLANE_PG_ADMIN_URL: env.stack.adminUrl, NODE_ENV: "test" },
    stdio: "ignore",
  });
}

async function countRows(environmentId: string) {
  const environment = (await liveData(env, environmentId)).environment;
  const client = await env.stack.dataPlane.connect(dataTargetOf(environment));
  const result = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM orders");
  await client.end();
  return { environment, rows: result.rows[0].n };
}

describe("a worker killed mid-restore", () => {
  it("leaves the old data intact, and the next worker finishes the restore", async () => {
    const environment = await makeEnvironment(env, { rows: 10 });
    const client = await env.stack.dataPlane.connect(dataTargetOf(environment));
    await client.query("INSERT INTO orders SELECT g, repeat(md5(g::text), 8) FROM generate_series(11, 600000) g");
    await client.end();
    const created = await env.api.create({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id } });
    const { operationId: snapshotOp, snapshotId } = await created.json();
    expect((await waitForOperation(snapshotOp, 2400)).status).toBe("SUCCEEDED");
    // After the snapshot the environment's data changes: 1000 rows are left.
    const change = await env.stack.dataPlane.connect(dataTargetOf(environment));
    await change.query("DELETE FROM orders WHERE id > 1000");
    await change.end();
    await env.stopWorker();

    child = startWorkerProcess();
    const response = await env.api.restore({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id, snapshotId } });
    const { operationId } = await response.json();
    const fresh = `${environment.databaseName}__g1`;
    for (let i = 0; ; i++) {
      const operation = await testDb.operation.findUniqueOrThrow({ where: { id: operationId } });
      const steps = operation.steps as { name: string; status: string }[];
      const restoring = steps.find((step) => step.name === "Restore into a new database")?.status === "running";
      const admin = await env.stack.dataPlane.admin(dataTargetOf(environment));
      // pg_restore is streaming rows into the new database: its COPY is running there.
      const copying = (await admin.query("SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'COPY %'", [fresh])).rowCount! > 0;
      await admin.end();
      if (restoring && copying) break;
      if (i > 1200) throw new Error(`the restore never started: ${JSON.stringify(steps)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    child.kill("SIGKILL");
    await new Promise((resolve) => child!.once("exit", resolve));
    child = null;

    // Exactly as it was: the same database, its 1000 rows, no swap.
    const interrupted = await countRows(environment.id);
    expect(interrupted.environment.databaseName).toBe(environment.databaseName);
    expect(interrupted.environment.filesContainer).toBe(environment.filesContainer);
    expect(interrupted.rows).toBe(1000);
    expect(interrupted.environment.state).toBe("RESTORING");
    expect((await testDb.operation.findUniqueOrThrow({ where: { id: operationId } })).status).toBe("RUNNING");

    // pg-boss hands a job whose worker died to the next worker once it expires; expire it now.
    await env.boss.fail(snapshotRestoreJob.name, operationId, { message: "worker died (simulated expiry)" });
    await env.startWorker();
    const finished = await waitForOperation(operationId, 3600);
    expect(finished.status, JSON.stringify(finished.error)).toBe("SUCCEEDED");
    expect(finished.attempts).toBe(2);
    const after = await countRows(environment.id);
    expect(after.environment.databaseName).toBe(fresh);
    expect(after.environment.state).toBe("STOPPED");
    expect(after.rows).toBe(600_000);
  }, 300_000);
});
