import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initializeCluster } from "@/server/domain/clusters/initialize-cluster";
import { initializeClusterJob } from "@/server/jobs/initialize-cluster";
import { pollUntil, spawnWorker } from "../worker-process";
import { actorFor, clusterByName, clusterState, DEMO_USERS, resourcesIn, startAzureTestEnv, testDb, type AzureTestEnv } from "./helpers";

// The real worker process (worker/index.ts) is killed with SIGKILL in the middle of an
// initialization. Its lease on the operation expires, a second worker's sweep queues the
// operation again, and that worker finishes it without creating anything twice — long before
// pg-boss would expire the dead worker's job (45 minutes). When that old job does come back it
// finds the operation taken or finished and does nothing.

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startAzureTestEnv({ provisionMs: 250 });
  await env.stopWorker();
});
afterAll(async () => {
  await env?.dispose();
});

describe("a worker killed mid-initialization", () => {
  it("is replaced by another worker that finishes with no duplicate resources", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-dev");
    const first = spawnWorker({ ARM_ENDPOINT: env.emulator.url });
    const operation = await initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, { readReplica: true });

    // Wait until the PostgreSQL server is being created, then kill the worker without warning.
    await pollUntil(async () => {
      const current = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
      return (current.steps as { name: string; status: string }[]).find((s) => s.name === "PostgreSQL flexible server")?.status === "running";
    }, "the worker reaching PostgreSQL", { intervalMs: 25 });
    await first.kill();
    const interrupted = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
    expect(interrupted.status).toBe("RUNNING");
    expect(interrupted.leaseExpiresAt).not.toBeNull();
    expect((await clusterByName("contoso-dev")).status).toBe("INITIALIZING");

    // Another worker: its sweep finds the expired lease and queues the operation under a new job.
    const second = spawnWorker({ ARM_ENDPOINT: env.emulator.url });
    const resumed = await pollUntil(async () => {
      const current = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
      return current.attempts >= 2 ? current : null;
    }, "the operation resumed by the second worker");
    expect(resumed.jobId).not.toBe(operation.id);
    // The dead worker's original job comes back meanwhile (as pg-boss would after its expiry): it must not run the operation too.
    await env.boss.fail(initializeClusterJob.name, operation.id, { message: "worker died (expired)" });
    const finished = await pollUntil(async () => {
      const current = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
      return current.status === "SUCCEEDED" || current.status === "FAILED" ? current : null;
    }, "the operation finishing", { attempts: 2400 });
    expect(finished.status, JSON.stringify(finished.error)).toBe("SUCCEEDED");
    await pollUntil(async () => (await env.boss.getJobById(initializeClusterJob.name, operation.id))?.state === "completed", "the original job handled");
    expect((await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } })).attempts).toBe(2);
    await second.kill();

    const after = await clusterState("contoso-dev");
    expect(after.status).toBe("INITIALIZED");
    expect(after.components.every((c) => c.state === "SUCCEEDED")).toBe(true);
    const inAzure = await resourcesIn(env.admin, "mrg-contoso-dev");
    expect(inAzure.byType["Microsoft.DBforPostgreSQL/flexibleServers"]).toBe(2); // server + replica
    expect(inAzure.byType["Microsoft.ContainerService/managedClusters"]).toBe(1);
    expect(inAzure.total).toBe(25); // 16 + the backups' storage account + the maintenance window + two server parameters of each PostgreSQL server + three alert rule groups
    // Every resource was PUT exactly once: the second worker waited for the server the first had
    // started instead of sending it again.
    const counts = (await env.admin.requests()).counts;
    const puts = Object.entries(counts).filter(([key]) => key.startsWith("PUT "));
    expect(puts.length).toBe(14); // 18 resources; server and replica, files' and backups' storage, the three rule groups share a type
    const twice = new Set(["PUT Microsoft.DBforPostgreSQL/flexibleServers", "PUT Microsoft.Storage/storageAccounts"]);
    const times = (key: string) => (key === "PUT Microsoft.AlertsManagement/prometheusRuleGroups" ? 3 : twice.has(key) ? 2 : 1);
    for (const [key, count] of puts) expect(count, key).toBe(times(key));
  }, 300_000);
});
