// A real worker process (worker/index.ts) is killed with SIGKILL in the middle of a restore: the
// environment keeps its old data untouched; once the dead worker's lease expires, another worker
// redoes the restore from the start (not hours later when pg-boss would expire the job) and
// swaps only when it is complete. The environment never stays Restoring.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataTargetOf } from "@/server/store/snapshots";
import { testDb } from "../db";
import { pollUntil, spawnWorker } from "../worker-process";
import { jsonRequest, liveData, owner, snapshotThenShrink, startBackupTestEnv, untilRestoreCopies, type BackupTestEnv } from "./fixtures";

let env: BackupTestEnv;
beforeAll(async () => {
  env = await startBackupTestEnv();
});
afterAll(async () => {
  await env?.dispose();
});

const workerEnv = () => ({ ARM_ENDPOINT: env.stack.emulatorUrl, DATA_PLANE_PG_ADMIN_URL: env.stack.adminUrl });

async function countRows(environmentId: string) {
  const environment = (await liveData(env, environmentId)).environment;
  const client = await env.stack.dataPlane.connect(dataTargetOf(environment));
  const result = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM orders");
  await client.end();
  return { environment, rows: result.rows[0].n };
}

describe("a worker killed mid-restore", () => {
  it("leaves the old data intact, and the next worker finishes the restore", async () => {
    // After the snapshot the environment's data changes: 1000 rows are left.
    const { environment, snapshotId } = await snapshotThenShrink(env, 600000);
    await env.stopWorker();

    const first = spawnWorker(workerEnv());
    const response = await env.api.restore({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id, snapshotId } });
    const { operationId } = await response.json();
    const fresh = `${environment.databaseName}__g1`;
    // Kill the worker while pg_restore is copying rows into the new database.
    await untilRestoreCopies(env, environment);
    await first.kill();

    // Exactly as it was: the same database, its 1000 rows, no swap.
    const interrupted = await countRows(environment.id);
    expect(interrupted.environment.databaseName).toBe(environment.databaseName);
    expect(interrupted.environment.filesContainer).toBe(environment.filesContainer);
    expect(interrupted.rows).toBe(1000);
    expect(interrupted.environment.state).toBe("RESTORING");
    expect((await testDb.operation.findUniqueOrThrow({ where: { id: operationId } })).status).toBe("RUNNING");

    // Another worker takes the operation over once the dead worker's lease has expired.
    const second = spawnWorker(workerEnv());
    const finished = await pollUntil(async () => {
      const operation = await testDb.operation.findUniqueOrThrow({ where: { id: operationId } });
      return operation.status === "SUCCEEDED" || operation.status === "FAILED" ? operation : null;
    }, "the restore finishing", { attempts: 3600 });
    await second.kill();
    expect(finished.status, JSON.stringify(finished.error)).toBe("SUCCEEDED");
    expect(finished.attempts).toBe(2);
    expect(finished.jobId).not.toBe(operationId);
    const after = await countRows(environment.id);
    expect(after.environment.databaseName).toBe(fresh);
    expect(after.environment.state).toBe("STOPPED");
    expect(after.rows).toBe(600_000);
  }, 300_000);
});
