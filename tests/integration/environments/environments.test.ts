import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { mdaBuffer } from "@/scripts/lib/mda";
import * as environmentsRoute from "@/app/api/v1/clusters/[clusterId]/environments/route";
import * as deploymentsRoute from "@/app/api/v1/environments/[envId]/deployments/route";
import * as environmentRoute from "@/app/api/v1/environments/[envId]/route";
import * as startRoute from "@/app/api/v1/environments/[envId]/start/route";
import * as stopRoute from "@/app/api/v1/environments/[envId]/stop/route";
import type { Actor } from "@/server/auth/permissions";
import { componentName } from "@/server/azure/transform";
import { DEFAULT_CLUSTER_SETTINGS } from "@/lib/cluster-settings";
import { createBoss } from "@/server/jobs/boss";
import { ensureQueues } from "@/server/jobs/registry";
import { runCreateEnvironment } from "@/server/domain/environments/run-environment-operation";
import { PACKAGES_CONTAINER, storePackage } from "@/server/environments/package-store";
import { Readable } from "node:stream";
import { AppError } from "@/server/errors";
import { createKubernetesGateway } from "@/server/kubernetes/client";
import { startWorker, type RunningWorker } from "@/worker/run-worker";
import { startBackupStack, type BackupStack } from "../backups/stack";
import { waitForOperation } from "../azure/helpers";
import { callRoute, type RouteHandler } from "../api";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";

// Environments end to end below the browser: the API handlers, the use cases, the worker's jobs, the
// emulator's Kubernetes API and operator (through @kubernetes/client-node), and each environment's
// real database on the test PostgreSQL and real files container in Azurite.

const CONTOSO_SUB = "6f1d3c2a-0c1e-4d7b-9a55-3b1f0c0c0a01";
const PLACE = { subscriptionId: CONTOSO_SUB, resourceGroup: "mrg-contoso-prod", clusterName: "contoso-prod" };
let stack: BackupStack;
let worker: RunningWorker;
let boss: ReturnType<typeof createBoss>;
let manager: Actor;
let member: Actor;
let fabrikam: Actor;
let clusterId: string;

type EnvRoute = RouteHandler<Record<string, string>>;

/** The environment routes of /api/v1, as the app serves them. */
const api = {
  list: environmentsRoute.GET,
  create: environmentsRoute.POST,
  get: environmentRoute.GET,
  scale: environmentRoute.PATCH,
  remove: environmentRoute.DELETE,
  start: startRoute.POST,
  stop: stopRoute.POST,
  deploy: deploymentsRoute.POST,
} as unknown as Record<"list" | "create" | "get" | "scale" | "remove" | "start" | "stop" | "deploy", EnvRoute>;

async function call(route: EnvRoute, actor: Actor, init: { method?: string; url?: string; json?: unknown; bytes?: Buffer; params: Record<string, string> }) {
  const result = await callRoute(route, actor, {
    method: init.method ?? "POST",
    url: init.url ?? "/api/v1/environments",
    params: init.params,
    ...(init.bytes ? { rawBody: new Uint8Array(init.bytes), headers: { "content-type": "application/octet-stream" } } : { body: init.json }),
    ...(init.method === undefined && init.json === undefined && !init.bytes ? { method: "GET" } : {}),
  });
  return { status: result.status, json: result.json };
}

const PLAN = { ...PLACE, location: "westeurope", settings: DEFAULT_CLUSTER_SETTINGS };
const kube = () => createKubernetesGateway(stack.gateway).apps({ subscriptionId: CONTOSO_SUB, resourceGroup: PLACE.resourceGroup, aksName: componentName(PLAN, "AKS") });

async function finished(response: { status: number; json: { operationId?: string } }) {
  expect(response.status, JSON.stringify(response.json)).toBe(202);
  return waitForOperation(response.json.operationId!);
}

async function createEnv(name: string, plan = "SMALL") {
  const created = await call(api.create, manager, { json: { name, plan }, params: { clusterId } });
  const operation = await finished(created);
  expect(operation.status).toBe("SUCCEEDED");
  return created.json.environmentId as string;
}

beforeAll(async () => {
  await resetWithDemo();
  stack = await startBackupStack();
  await stack.provisionCluster(PLACE);
  const clients = stack.gateway.clientsFor(CONTOSO_SUB);
  await clients.containerService.managedClusters.beginCreateOrUpdateAndWait(
    PLACE.resourceGroup,
    componentName(PLAN, "AKS"),
    { location: "westeurope", agentPoolProfiles: [{ name: "system", count: 1, vmSize: "Standard_D2s_v5", mode: "System" }] },
    clients.lro,
  );
  boss = createBoss(process.env.DATABASE_URL!, { worker: false });
  await boss.start();
  await ensureQueues(boss);
  worker = await startWorker(process.env.DATABASE_URL!, stack.gateway, { quiet: true, dataPlane: stack.dataPlane });
  manager = await actorFor(DEMO_USERS.contosoManager);
  member = await actorFor(DEMO_USERS.contosoMember);
  fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
  clusterId = (await clusterByName("contoso-prod")).id;
});

afterAll(async () => {
  await worker?.stop();
  await boss?.stop({ graceful: false });
  await stack?.dispose();
});

describe("environments", () => {
  it("creates an environment with its own database, files container and MendixApp, free for 120 days", async () => {
    const before = Date.now();
    const id = await createEnv("orders", "MEDIUM");
    const environment = await testDb.environment.findUniqueOrThrow({ where: { id } });
    expect(environment).toMatchObject({ state: "STOPPED", plan: "MEDIUM", url: "https://orders.contoso-prod.apps.westeurope.mendix-azure.example" });
    expect(environment.databaseName).toMatch(/^env_[0-9a-f]{12}$/);
    const freeDays = (environment.freeUntil!.getTime() - before) / 86_400_000;
    expect(freeDays).toBeGreaterThan(119.9);
    expect(freeDays).toBeLessThan(120.1);

    const target = { ...PLACE, databaseName: environment.databaseName, filesContainer: environment.filesContainer };
    const client = await stack.dataPlane.connect(target);
    expect((await client.query("SELECT current_database() AS name")).rows[0].name).toBe(environment.databaseName);
    await client.end();
    expect(await (await stack.dataPlane.files(target)).exists()).toBe(true);

    const app = await kube().get("contoso-prod-apps", "orders");
    expect(app?.spec).toMatchObject({ replicas: 0, database: { name: environment.databaseName }, resources: { limits: { cpu: "2", memory: "2Gi" } } });
    expect(app?.status?.phase).toBe("Stopped");

    const audit = await testDb.auditEvent.findFirst({ where: { action: "environment.create", targetId: id } });
    expect(audit?.actorEmail).toBe(DEMO_USERS.contosoManager);

    const listed = await call(api.list, member, { url: "/api/v1/x?page=1&pageSize=2", params: { clusterId } });
    expect(listed.status).toBe(200);
    expect(listed.json.total).toBe(4);
    expect(listed.json.items).toHaveLength(2);
  });

  it("deploys a package: reads the Mendix version from it, refuses older versions and other files", async () => {
    const id = await createEnv("shop");
    const old = await call(api.deploy, manager, { url: "/api/v1/x?fileName=Shop_9.mda", bytes: await mdaBuffer({ runtimeVersion: "10.9.2.1234" }), params: { envId: id } });
    expect(old.status).toBe(400);
    expect(old.json.error.message).toMatch(/built with Mendix 10\.9\.2\.1234\. Mendix on Azure runs apps built with Mendix 10\.10 or later/);
    const notMda = await call(api.deploy, manager, { url: "/api/v1/x", bytes: Buffer.from("just some text, not a zip at all"), params: { envId: id } });
    expect(notMda.status).toBe(400);
    expect(notMda.json.error.message).toMatch(/not a Mendix deployment package/);
    const wrongName = await call(api.deploy, manager, { url: "/api/v1/x?fileName=shop.zip", bytes: await mdaBuffer({ runtimeVersion: "10.24.0" }), params: { envId: id } });
    expect(wrongName.status).toBe(400);
    // Nothing was kept of the refused uploads, and nothing changed.
    const storage = await stack.dataPlane.storage({ ...PLACE, databaseName: "x", filesContainer: "xxx" });
    const kept: string[] = [];
    for await (const blob of storage.getContainerClient("mendix-packages").listBlobsFlat({ prefix: `${id}/` })) kept.push(blob.name);
    expect(kept).toEqual([]);
    expect((await testDb.environment.findUniqueOrThrow({ where: { id } })).state).toBe("STOPPED");
    expect(await testDb.auditEvent.count({ where: { action: "environment.deploy", targetId: id, outcome: "DENIED" } })).toBe(3);

    const ok = await call(api.deploy, manager, { url: "/api/v1/x?fileName=Shop_1.2.0.mda", bytes: await mdaBuffer({ runtimeVersion: "10.24.3.77543", modelVersion: "1.2.0" }), params: { envId: id } });
    expect(ok.json.package).toMatchObject({ runtimeVersion: "10.24.3.77543", modelVersion: "1.2.0", fileName: "Shop_1.2.0.mda" });
    expect((await finished(ok)).status).toBe("SUCCEEDED");
    const detail = await call(api.get, member, { params: { envId: id } });
    expect(detail.json).toMatchObject({ state: "RUNNING", instances: 1, mendixVersion: "10.24.3.77543", modelVersion: "1.2.0", packageName: "Shop_1.2.0.mda", database: { host: "127.0.0.1", name: expect.stringMatching(/^env_/) } });
    expect(typeof detail.json.database.port).toBe("number");
    const app = await kube().get("contoso-prod-apps", "shop");
    expect(app?.spec).toMatchObject({ replicas: 1, mendixRuntimeVersion: "10.24.3.77543", sourceVersion: "1.2.0" });
    expect(app?.status).toMatchObject({ phase: "Running", readyReplicas: 1 });
  });

  it("stops a package past the size bound while it streams, and keeps nothing of it", async () => {
    const storage = await stack.dataPlane.storage({ ...PLACE, databaseName: "x", filesContainer: "xxx" });
    const big = await mdaBuffer({ runtimeVersion: "10.24.3", paddingBytes: 3 * 1024 * 1024 });
    const chunks = Array.from({ length: Math.ceil(big.length / 65536) }, (_, i) => big.subarray(i * 65536, (i + 1) * 65536));
    const refused = await storePackage(storage, "size-bound", Readable.from(chunks), 1024 * 1024).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toBe("The package is larger than 1 MB.");
    const kept: string[] = [];
    for await (const blob of storage.getContainerClient(PACKAGES_CONTAINER).listBlobsFlat({ prefix: "size-bound/" })) kept.push(blob.name);
    expect(kept).toEqual([]);
  });

  it("scales 0–10, stops and starts through the MendixApp", async () => {
    const id = await createEnv("billing");
    expect((await call(api.start, manager, { json: {}, params: { envId: id } })).status).toBe(409); // no package yet
    await finished(await call(api.deploy, manager, { bytes: await mdaBuffer({ runtimeVersion: "10.24.3" }), params: { envId: id } }));
    for (const bad of [11, -1, 2.5, "many"]) {
      const refused = await call(api.scale, manager, { method: "PATCH", json: { instances: bad }, params: { envId: id } });
      expect(refused.status).toBe(400);
    }
    expect((await finished(await call(api.scale, manager, { method: "PATCH", json: { instances: 3 }, params: { envId: id } }))).status).toBe("SUCCEEDED");
    expect((await kube().get("contoso-prod-apps", "billing"))?.status).toMatchObject({ phase: "Running", readyReplicas: 3 });

    await finished(await call(api.stop, manager, { json: {}, params: { envId: id } }));
    expect(await testDb.environment.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "STOPPED", instances: 3 });
    expect((await kube().get("contoso-prod-apps", "billing"))?.spec.replicas).toBe(0);
    expect((await call(api.stop, manager, { json: {}, params: { envId: id } })).status).toBe(409);

    await finished(await call(api.start, manager, { json: {}, params: { envId: id } }));
    expect(await testDb.environment.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "RUNNING", instances: 3 });
    expect((await kube().get("contoso-prod-apps", "billing"))?.status?.readyReplicas).toBe(3);
    const kinds = await testDb.auditEvent.findMany({ where: { targetId: id, outcome: "SUCCESS" }, orderBy: { at: "asc" }, select: { action: true } });
    expect(kinds.map((k) => k.action)).toEqual(["environment.create", "environment.deploy", "environment.scale", "environment.stop", "environment.start"]);
  });

  it("marks the environment Failed with the operator's message when the app does not start", async () => {
    const id = await createEnv("flaky");
    await fetch(`${stack.emulatorUrl}/_emulator/kubernetes/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ kind: "operatorFailure", name: "flaky", message: "Runtime crashed on start", times: 1 }) });
    const operation = await finished(await call(api.deploy, manager, { bytes: await mdaBuffer({ runtimeVersion: "10.24.3" }), params: { envId: id } }));
    expect(operation.status).toBe("FAILED");
    expect(operation.error).toMatchObject({ code: "AppFailed", message: "Runtime crashed on start" });
    expect(await testDb.environment.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "FAILED", lastError: { message: "Runtime crashed on start" } });
    // A failed environment can be started again.
    await finished(await call(api.start, manager, { json: {}, params: { envId: id } }));
    expect((await testDb.environment.findUniqueOrThrow({ where: { id } })).state).toBe("RUNNING");
  });

  it("resumes an interrupted create without repeating finished work", async () => {
    const id = await createEnv("resumed");
    const operation = await testDb.operation.findFirstOrThrow({ where: { environmentId: id, kind: "environment.create" } });
    const app = await kube().get("contoso-prod-apps", "resumed");
    // As if the worker died after writing the MendixApp: the last step never finished.
    const steps = (operation.steps as { name: string; status: string }[]).map((step) => (step.name === "Mendix Operator" ? { ...step, status: "running" } : step));
    await testDb.operation.update({ where: { id: operation.id }, data: { status: "RUNNING", steps, finishedAt: null } });
    await testDb.environment.update({ where: { id }, data: { state: "CREATING" } });
    await runCreateEnvironment({ db: testDb, azure: stack.gateway, dataPlane: stack.dataPlane, log: () => undefined }, operation.id);
    const again = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
    expect(again.status).toBe("SUCCEEDED");
    expect(again.attempts).toBe(2);
    expect((await testDb.environment.findUniqueOrThrow({ where: { id } })).state).toBe("STOPPED");
    const after = await kube().get("contoso-prod-apps", "resumed");
    expect(after?.metadata.generation).toBe(app?.metadata.generation);
    expect(after?.metadata.resourceVersion).toBe(app?.metadata.resourceVersion);
  });

  it("lets members read only, hides other organisations' environments, and refuses bad input", async () => {
    const environment = await testDb.environment.findFirstOrThrow({ where: { clusterId, name: "test" } });
    const params = { envId: environment.id };
    expect((await call(api.get, member, { params })).status).toBe(200);
    for (const [handler, init] of [
      [api.create, { json: { name: "nope", plan: "SMALL" }, params: { clusterId } }],
      [api.start, { json: {}, params }],
      [api.stop, { json: {}, params }],
      [api.scale, { method: "PATCH", json: { instances: 2 }, params }],
      [api.remove, { method: "DELETE", json: { confirm: "test" }, params }],
      [api.deploy, { bytes: Buffer.from("x"), params }],
    ] as const) {
      const refused = await call(handler as never, member, init as never);
      expect(refused.status).toBe(403);
    }
    for (const [handler, init] of [
      [api.get, { params }],
      [api.list, { params: { clusterId } }],
      [api.create, { json: { name: "intruder", plan: "SMALL" }, params: { clusterId } }],
      [api.stop, { json: {}, params }],
      [api.remove, { method: "DELETE", json: { confirm: "test" }, params }],
      [api.get, { params: { envId: "not-a-uuid" } }],
    ] as const) {
      const hidden = await call(handler as never, fabrikam, init as never);
      expect(hidden.status).toBe(404);
    }
    for (const body of [{ name: "Bad Name", plan: "SMALL" }, { name: "ok-name", plan: "HUGE" }, { name: "nul\u0000name", plan: "SMALL" }, { name: "x", plan: "SMALL" }, {}]) {
      const refused = await call(api.create, manager, { json: body, params: { clusterId } });
      expect(refused.status).toBe(400);
    }
    const duplicate = await call(api.create, manager, { json: { name: "test", plan: "SMALL" }, params: { clusterId } });
    expect(duplicate.status).toBe(409);
    expect(await testDb.environment.count({ where: { clusterId } })).toBe(8);
  });

  it("refuses to create without tokens or an active trial", async () => {
    const cluster = await clusterByName("contoso-prod");
    await testDb.organization.update({ where: { id: cluster.orgId }, data: { cloudTokens: 20, trialEndsAt: new Date(Date.now() - 1000) } });
    const refused = await call(api.create, manager, { json: { name: "extra", plan: "SMALL" }, params: { clusterId } });
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toMatch(/20 tokens.*needed \(the trial has ended\)/);
    expect(await testDb.environment.count({ where: { name: "extra" } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { action: "environment.create", outcome: "DENIED" } })).toBe(1);
    await testDb.organization.update({ where: { id: cluster.orgId }, data: { trialEndsAt: new Date(Date.now() + 86_400_000) } });
    expect((await call(api.create, manager, { json: { name: "extra", plan: "SMALL" }, params: { clusterId } })).status).toBe(202);
    await testDb.organization.update({ where: { id: cluster.orgId }, data: { cloudTokens: 140, trialEndsAt: null } });
  });

  it("deletes an environment only when its name is typed, with its database, files and app", async () => {
    const id = await createEnv("scratch");
    await finished(await call(api.deploy, manager, { bytes: await mdaBuffer({ runtimeVersion: "10.24.3" }), params: { envId: id } }));
    const environment = await testDb.environment.findUniqueOrThrow({ where: { id } });
    const target = { ...PLACE, databaseName: environment.databaseName, filesContainer: environment.filesContainer };
    await (await stack.dataPlane.files(target)).getBlockBlobClient("tree/aa/bb/aabb-1").upload("x", 1);

    expect((await call(api.remove, manager, { method: "DELETE", json: { confirm: "scratc" }, params: { envId: id } })).status).toBe(400);
    expect((await call(api.remove, manager, { method: "DELETE", json: {}, params: { envId: id } })).status).toBe(400);
    expect((await finished(await call(api.remove, manager, { method: "DELETE", json: { confirm: "scratch" }, params: { envId: id } }))).status).toBe("SUCCEEDED");

    expect(await testDb.environment.findUnique({ where: { id } })).toBeNull();
    expect(await kube().get("contoso-prod-apps", "scratch")).toBeNull();
    expect(await (await stack.dataPlane.files(target)).exists()).toBe(false);
    const admin = await stack.dataPlane.admin(target);
    expect((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [environment.databaseName])).rowCount).toBe(0);
    await admin.end();
    expect((await call(api.get, manager, { params: { envId: id } })).status).toBe(404);
  });
});
