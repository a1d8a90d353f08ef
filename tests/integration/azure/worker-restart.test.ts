import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initializeCluster } from "@/server/domain/clusters/initialize-cluster";
import { initializeClusterJob } from "@/server/jobs/initialize-cluster";
import { actorFor, clusterByName, clusterState, DEMO_USERS, resourcesIn, startAzureTestEnv, testDb, waitForOperation, type AzureTestEnv } from "./helpers";

// The real worker process (worker/index.ts) is killed with SIGKILL in the middle of an
// initialization; pg-boss hands the job to a new worker, which finishes it without creating
// anything twice.

let env: AzureTestEnv;
let child: ChildProcess | null = null;
beforeAll(async () => {
  env = await startAzureTestEnv({ provisionMs: 250 });
  await env.stopWorker();
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await env?.dispose();
});

function startWorkerProcess(): ChildProcess {
  const root = path.resolve(import.meta.dirname, "../../..");
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "worker/index.ts")], {
    cwd: root,
    env: { ...process.env, PORTAL_MODE: "local", ARM_ENDPOINT: env.emulator.url, NODE_ENV: "test" },
    stdio: "ignore",
  });
}

describe("a worker killed mid-initialization", () => {
  it("is replaced by another worker that finishes with no duplicate resources", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-dev");
    child = startWorkerProcess();
    const operation = await initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, { readReplica: true });

    // Wait until the PostgreSQL server is being created, then kill the worker without warning.
    for (let i = 0; ; i++) {
      const current = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
      const steps = current.steps as { name: string; status: string }[];
      if (steps.find((s) => s.name === "PostgreSQL flexible server")?.status === "running") break;
      if (i > 600) throw new Error(`worker never reached PostgreSQL: ${JSON.stringify(steps)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    child.kill("SIGKILL");
    await new Promise((resolve) => child!.once("exit", resolve));
    child = null;
    const interrupted = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
    expect(interrupted.status).toBe("RUNNING");
    expect((await clusterByName("contoso-dev")).status).toBe("INITIALIZING");

    // pg-boss gives an active job whose worker died to the next worker once it expires
    // (expireInSeconds); the test does not wait 45 minutes: it expires the job now.
    await env.boss.fail(initializeClusterJob.name, operation.id, { message: "worker died (simulated expiry)" });
    await env.startWorker();
    const finished = await waitForOperation(operation.id, 1200);
    expect(finished.status, JSON.stringify(finished.error)).toBe("SUCCEEDED");
    expect(finished.attempts).toBe(2);

    const after = await clusterState("contoso-dev");
    expect(after.status).toBe("INITIALIZED");
    expect(after.components.every((c) => c.state === "SUCCEEDED")).toBe(true);
    const inAzure = await resourcesIn(env.admin, "mrg-contoso-dev");
    expect(inAzure.byType["Microsoft.DBforPostgreSQL/flexibleServers"]).toBe(2); // server + replica
    expect(inAzure.byType["Microsoft.ContainerService/managedClusters"]).toBe(1);
    expect(inAzure.total).toBe(17); // 16 + the backups' storage account
    // Every resource was PUT exactly once: the second worker waited for the server the first had
    // started instead of sending it again.
    const counts = (await env.admin.requests()).counts;
    const puts = Object.entries(counts).filter(([key]) => key.startsWith("PUT "));
    expect(puts.length).toBe(12); // 14 resources; server and replica, files' and backups' storage share a type
    const twice = new Set(["PUT Microsoft.DBforPostgreSQL/flexibleServers", "PUT Microsoft.Storage/storageAccounts"]);
    for (const [key, count] of puts) expect(count, key).toBe(twice.has(key) ? 2 : 1);
  });
});
