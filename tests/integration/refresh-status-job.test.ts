import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "@/emulator/server";
import { DEMO_USERS } from "@/prisma/demo-data";
import { createAzureGateway } from "@/server/azure/gateway";
import { refreshClusterStatus } from "@/server/domain/clusters/refresh-cluster-status";
import { createBoss } from "@/server/jobs/boss";
import { ensureQueues } from "@/server/jobs/registry";
import { getOperation } from "@/server/store/operations";
import { startWorker, type RunningWorker } from "@/worker/run-worker";
import { actorFor, clusterByName, resetWithDemo, testDb } from "./db";

// The whole path of a job: the API's use case writes an Operation and queues it in pg-boss, a
// worker picks it up, reads Azure through the real SDK clients (against the ARM emulator) and
// records each component's health as steps of the operation.

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let worker: RunningWorker;
const boss = createBoss(process.env.DATABASE_URL!, { worker: false });

beforeAll(async () => {
  await resetWithDemo();
  emulator = await startEmulator({ port: 0, stateDir: null, provisionMs: 0 });
  const gateway = createAzureGateway({ mode: "local", endpoint: emulator.url, pollIntervalMs: 10 });
  await boss.start();
  await ensureQueues(boss);
  worker = await startWorker(process.env.DATABASE_URL!, gateway, { quiet: true, concurrency: 1 });

  // Create two of contoso-prod's resources in the emulated subscription; the rest stay missing.
  const cluster = await testDb.cluster.findFirstOrThrow({ where: { name: "contoso-prod" }, include: { connection: true } });
  const clients = gateway.clientsFor(cluster.connection.subscriptionId);
  await clients.resources.resourceGroups.createOrUpdate(cluster.managedResourceGroup, { location: "westeurope" });
  await clients.network.virtualNetworks.beginCreateOrUpdateAndWait(cluster.managedResourceGroup, "vnet-mendix", {
    location: "westeurope",
    addressSpace: { addressPrefixes: ["192.168.0.0/16"] },
  }, clients.lro);
});

afterAll(async () => {
  await worker?.stop();
  await boss.stop({ graceful: false });
  await emulator?.close();
});

async function waitForOperation(operationId: string, actorEmail: string) {
  const actor = await actorFor(actorEmail);
  for (let i = 0; i < 200; i++) {
    const operation = await getOperation(testDb, actor, operationId);
    if (operation.status === "SUCCEEDED" || operation.status === "FAILED") return operation;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("operation did not finish");
}

describe("the worker", () => {
  it("schedules every periodic job once, however many workers start", async () => {
    const second = await startWorker(process.env.DATABASE_URL!, createAzureGateway({ mode: "local", endpoint: emulator.url }), { quiet: true, concurrency: 1 });
    await second.stop();
    const schedules = await boss.getSchedules();
    expect(schedules.map((schedule) => [schedule.name, schedule.cron]).sort()).toEqual([
      ["approvals.sweep", "*/5 * * * *"],
      ["backup.drills", "0 4 * * 1"],
      ["backup.retention", "17 * * * *"],
      ["backup.schedules", "*/15 * * * *"],
      ["cluster.settings-drift", "*/30 * * * *"],
      ["cluster.update-schedules", "*/5 * * * *"],
      ["support.close-solved-tickets", "15 3 * * *"],
      ["support.mark-breached-tickets", "* * * * *"],
      ["support.zendesk-sync", "* * * * *"],
    ]);
  });
});

describe("refresh cluster status job", () => {
  it("reads every component from Azure and records health as operation steps", async () => {
    const member = await actorFor(DEMO_USERS.contosoMember);
    const cluster = await clusterByName("contoso-prod");
    const operation = await refreshClusterStatus(testDb, boss, member, cluster.id);
    expect(operation.status).toBe("QUEUED");

    const finished = await waitForOperation(operation.id, DEMO_USERS.contosoMember);
    expect(finished.status).toBe("SUCCEEDED");
    const steps = finished.steps as { name: string; status: string }[];
    expect(steps).toHaveLength(13);
    expect(steps.every((step) => step.status === "succeeded")).toBe(true);
    expect(finished.result).toEqual({ components: 13, failed: 11, drifted: 14 }); // refresh also checks the settings against Azure

    const components = await testDb.clusterComponent.findMany({ where: { clusterId: cluster.id } });
    const byKind = Object.fromEntries(components.map((component) => [component.kind, component]));
    expect(byKind.RESOURCE_GROUP.state).toBe("SUCCEEDED");
    expect(byKind.VNET.state).toBe("SUCCEEDED");
    expect(byKind.VNET.lastError).toBeNull();
    expect(byKind.AKS.state).toBe("FAILED");
    expect(byKind.AKS.lastError).toMatchObject({ code: "ResourceNotFound" });
    // The operator runs inside AKS; with AKS gone it is reported missing too.
    expect(byKind.OPERATOR.lastError).toMatchObject({ code: "ResourceNotFound" });
  });

  it("joins a refresh that is still queued instead of starting a second one", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-prod");
    await worker.stop();
    const first = await refreshClusterStatus(testDb, boss, owner, cluster.id);
    const second = await refreshClusterStatus(testDb, boss, owner, cluster.id);
    expect(second.id).toBe(first.id);
    worker = await startWorker(process.env.DATABASE_URL!, createAzureGateway({ mode: "local", endpoint: emulator.url, pollIntervalMs: 10 }), { quiet: true, concurrency: 1 });
    expect((await waitForOperation(first.id, DEMO_USERS.contosoOwner)).status).toBe("SUCCEEDED");
  });

  it("refuses other organisations and clusters without resources", async () => {
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const before = await testDb.operation.count();
    await expect(refreshClusterStatus(testDb, boss, fabrikam, (await clusterByName("contoso-prod")).id)).rejects.toMatchObject({ code: "not_found" });
    await expect(refreshClusterStatus(testDb, boss, owner, (await clusterByName("contoso-dev")).id)).rejects.toMatchObject({ code: "conflict" });
    expect(await testDb.operation.count()).toBe(before);
  });
});
