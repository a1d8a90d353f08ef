import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as connectionRoute from "@/app/api/v1/connections/[connectionId]/route";
import * as rescanRoute from "@/app/api/v1/connections/[connectionId]/rescan/route";
import * as connectionsRoute from "@/app/api/v1/connections/route";
import { connectionMessages as t } from "@/lib/messages-connections";
import { applicationIdOf, deployManagedApplication } from "@/scripts/lib/demo-managed-apps";
import type { Actor } from "@/server/auth/permissions";
import { listClusters, ZClusterListQuery } from "@/server/store/clusters";
import { callRoute } from "../api";
import { actorFor, clusterByName, CONTOSO_SUB, DEMO_USERS, resetAll, startAzureTestEnv, testDb, waitForOperation, type AzureTestEnv } from "../azure/helpers";

// Connecting Azure subscriptions through the /api/v1 routes, pg-boss, a real worker and the
// managed-applications SDK client against the ARM emulator.

const TENANT = "d1e2f3a4-0000-4000-8000-0000000000d1";
const SUB = "3c5d7e9f-1a2b-4c3d-8e4f-5a6b7c8d9e01";
const OTHER_PLAN = { publisher: "contoso", product: "crm-suite", name: "standard", version: "2.0.0" };

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startAzureTestEnv();
}, 120_000);
afterAll(async () => env?.dispose());
beforeEach(async () => {
  await resetAll(env);
  await env.admin.setSubscription({ subscriptionId: SUB, tenantId: TENANT, displayName: "Staging" });
});

const clients = () => env.gateway.clientsFor(SUB);
const contosoId = async () => (await clusterByName("contoso-prod")).orgId;
const add = (actor: Actor, body: unknown) => callRoute(connectionsRoute.POST, actor, { url: "/api/v1/connections", body });
const list = (actor: Actor, query = "") => callRoute(connectionsRoute.GET, actor, { url: `/api/v1/connections${query}` });
const read = (actor: Actor, connectionId: string) => callRoute(connectionRoute.GET, actor, { url: `/api/v1/connections/${connectionId}`, params: { connectionId } });
const rescan = (actor: Actor, connectionId: string) => callRoute(rescanRoute.POST, actor, { method: "POST", url: `/api/v1/connections/${connectionId}/rescan`, params: { connectionId } });
const disconnect = (actor: Actor, connectionId: string) => callRoute(connectionRoute.DELETE, actor, { method: "DELETE", url: `/api/v1/connections/${connectionId}`, params: { connectionId } });

async function succeeded(answer: { status: number; text: string; json: { operationId: string } }) {
  expect(answer.status, answer.text).toBe(202);
  const operation = await waitForOperation(answer.json.operationId);
  expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
  return operation;
}

async function connectStaging(owner: Actor) {
  const answer = await add(owner, { orgId: await contosoId(), tenantId: TENANT, subscriptionId: SUB, displayName: "Contoso Staging" });
  const operation = await succeeded(answer);
  return { connectionId: answer.json.connectionId as string, operation };
}

const connectionOps = () => testDb.operation.count({ where: { kind: { startsWith: "connection." } } });

describe("connecting a subscription", () => {
  it("discovers the offer's managed applications as clusters Ready to initialize, and nothing else", async () => {
    await deployManagedApplication(clients(), { name: "shop-prod", region: "westeurope" });
    await deployManagedApplication(clients(), { name: "shop-test", region: "northeurope", resourceGroup: "rg-shared" });
    await deployManagedApplication(clients(), { name: "crm", region: "westeurope", plan: OTHER_PLAN });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const { connectionId, operation } = await connectStaging(owner);

    expect((operation.steps as { name: string; status: string }[]).map((s) => [s.name, s.status])).toEqual([
      [t.steps.tenant, "succeeded"],
      [t.steps.register, "succeeded"],
      [t.steps.discover, "succeeded"],
    ]);
    expect(operation.result).toMatchObject({ connectionId, found: 2, added: ["shop-prod", "shop-test"] });
    const clusters = await testDb.cluster.findMany({ where: { connectionId }, orderBy: { name: "asc" } });
    expect(clusters.map((c) => [c.name, c.status, c.region, c.managedResourceGroup, c.managedApplicationId])).toEqual([
      ["shop-prod", "READY_TO_INITIALIZE", "westeurope", "mrg-shop-prod", applicationIdOf(SUB, { name: "shop-prod", region: "westeurope" })],
      ["shop-test", "READY_TO_INITIALIZE", "northeurope", "mrg-shop-test", applicationIdOf(SUB, { name: "shop-test", region: "northeurope", resourceGroup: "rg-shared" })],
    ]);

    // The owner's cluster list and the connection's view show them; the API lists the connection.
    const listed = await listClusters(testDb, owner, ZClusterListQuery.parse({ status: "READY_TO_INITIALIZE" }));
    expect(listed.items.map((c) => c.name)).toEqual(["contoso-dev", "shop-prod", "shop-test"]);
    const page = await list(owner);
    expect(page.status).toBe(200);
    expect(page.json.items.map((c: { displayName: string }) => c.displayName)).toEqual(["Contoso Production", "Contoso Staging"]);
    const one = await read(owner, connectionId);
    expect([one.status, one.json.subscriptionId, one.json.tenantId, one.json.clusterCount]).toEqual([200, SUB, TENANT, 2]);
    expect(one.json.lastScannedAt).not.toBeNull();

    const audit = await testDb.auditEvent.findMany({ where: { action: { in: ["connection.add", "cluster.discovered"] } }, orderBy: { id: "asc" } });
    expect(audit.map((e) => [e.action, e.actorEmail, e.outcome])).toEqual([
      ["connection.add", DEMO_USERS.contosoOwner, "SUCCESS"],
      ["cluster.discovered", null, "SUCCESS"],
      ["cluster.discovered", null, "SUCCESS"],
    ]);
    expect(audit[1].after).toMatchObject({ name: "shop-prod", status: "READY_TO_INITIALIZE", operationId: operation.id });
  });

  it("Rescan finds a new application, marks a removed one without deleting it, and unmarks it when it returns", async () => {
    await deployManagedApplication(clients(), { name: "shop-prod", region: "westeurope" });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const { connectionId } = await connectStaging(owner);

    await deployManagedApplication(clients(), { name: "shop-new", region: "westeurope" });
    await clients().applications.applications.beginDeleteByIdAndWait(applicationIdOf(SUB, { name: "shop-prod", region: "westeurope" }), clients().lro);
    const first = await succeeded(await rescan(owner, connectionId));
    expect(first.result).toMatchObject({ found: 1, added: ["shop-new"], removed: ["shop-prod"], returned: [] });
    const gone = await clusterByName("shop-prod");
    expect(gone.status).toBe("READY_TO_INITIALIZE");
    expect(gone.removedFromAzureAt).toBeInstanceOf(Date);
    expect((await read(owner, connectionId)).json.clusters.map((c: { name: string; removedFromAzureAt: string | null }) => [c.name, c.removedFromAzureAt !== null])).toEqual([
      ["shop-new", false],
      ["shop-prod", true],
    ]);

    // Nothing changed in Azure: a second rescan changes nothing.
    const second = await succeeded(await rescan(owner, connectionId));
    expect(second.result).toMatchObject({ found: 1, added: [], removed: [], returned: [] });

    await deployManagedApplication(clients(), { name: "shop-prod", region: "westeurope" });
    const third = await succeeded(await rescan(owner, connectionId));
    expect(third.result).toMatchObject({ found: 2, added: [], removed: [], returned: ["shop-prod"] });
    expect((await clusterByName("shop-prod")).removedFromAzureAt).toBeNull();
    expect(await testDb.cluster.count({ where: { connectionId } })).toBe(2);

    const actions = (await testDb.auditEvent.findMany({ where: { targetType: { in: ["cluster", "connection"] }, action: { startsWith: "c" }, orgId: gone.orgId }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith("connection.") || a.includes("azure") || a === "cluster.discovered")).toEqual([
      "connection.add",
      "cluster.discovered",
      "connection.rescan",
      "cluster.discovered",
      "cluster.removed-from-azure",
      "connection.rescan",
      "connection.rescan",
      "cluster.returned-to-azure",
    ]);
  });

  it("the seeded subscription's applications are its clusters: a rescan of the demo changes nothing", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const seeded = await testDb.azureConnection.findFirstOrThrow({ where: { subscriptionId: CONTOSO_SUB }, include: { clusters: true } });
    await env.admin.setSubscription({ subscriptionId: CONTOSO_SUB, tenantId: seeded.tenantId });
    for (const cluster of seeded.clusters) {
      const [, , , , resourceGroup, , , , name] = cluster.managedApplicationId.split("/");
      await deployManagedApplication(env.gateway.clientsFor(CONTOSO_SUB), { name, region: cluster.region, resourceGroup, managedResourceGroup: cluster.managedResourceGroup });
    }
    const operation = await succeeded(await rescan(owner, seeded.id));
    expect(operation.result).toMatchObject({ found: 3, added: [], removed: [], returned: [] });
  });
});

describe("refusals", () => {
  it("refuses duplicates and bad input with a clear message, changing nothing", async () => {
    await deployManagedApplication(clients(), { name: "shop-prod", region: "westeurope" });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = await contosoId();
    await connectStaging(owner);
    const before = { connections: await testDb.azureConnection.count(), clusters: await testDb.cluster.count(), operations: await connectionOps() };

    const again = await add(owner, { orgId, tenantId: TENANT, subscriptionId: SUB.toUpperCase(), displayName: "Again" });
    expect([again.status, again.json.error.message]).toEqual([409, t.duplicate]);
    const seeded = await add(owner, { orgId, tenantId: TENANT, subscriptionId: CONTOSO_SUB, displayName: "Again" });
    expect(seeded.status).toBe(409);
    const fabrikamOwner = await actorFor(DEMO_USERS.fabrikamOwner);
    const elsewhere = await add(fabrikamOwner, { orgId: fabrikamOwner.memberships[0].orgId, tenantId: TENANT, subscriptionId: SUB, displayName: "Mine" });
    expect([elsewhere.status, elsewhere.json.error.message]).toEqual([409, t.connectedElsewhere]);

    const bad = [
      { orgId, tenantId: "not-a-guid", subscriptionId: SUB, displayName: "x" },
      { orgId, tenantId: TENANT, subscriptionId: "3c5d7e9f-1a2b-4c3d-8e4f", displayName: "x" },
      { orgId, tenantId: TENANT, subscriptionId: "5b0c2a56-54c3-4a55-9e8b-3c1e0f1a2b3c", displayName: "bad\u0000name" },
      { orgId, tenantId: TENANT, subscriptionId: "5b0c2a56-54c3-4a55-9e8b-3c1e0f1a2b3c", displayName: "   " },
      { orgId, tenantId: TENANT, subscriptionId: "5b0c2a56-54c3-4a55-9e8b-3c1e0f1a2b3c" },
      { tenantId: TENANT, subscriptionId: "5b0c2a56-54c3-4a55-9e8b-3c1e0f1a2b3c", displayName: "x" },
    ];
    for (const body of bad) {
      const answer = await add(owner, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.json.error.fields ?? {})).not.toHaveLength(0);
    }
    expect({ connections: await testDb.azureConnection.count(), clusters: await testDb.cluster.count(), operations: await connectionOps() }).toEqual(before);
    const refused = await testDb.auditEvent.count({ where: { action: "connection.add.refused", outcome: "DENIED" } });
    expect(refused).toBe(3);
  });

  it("a subscription of another tenant, or one Azure does not know, fails its operation and registers nothing", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = await contosoId();
    const wrong = await add(owner, { orgId, tenantId: "e9e9e9e9-0000-4000-8000-0000000000e9", subscriptionId: SUB, displayName: "Wrong tenant" });
    expect(wrong.status).toBe(202);
    const failed = await waitForOperation(wrong.json.operationId);
    expect([failed.status, (failed.error as { code: string }).code]).toEqual(["FAILED", "TenantMismatch"]);
    expect((failed.error as { message: string }).message).toContain(TENANT);
    expect(await testDb.azureConnection.count({ where: { subscriptionId: SUB } })).toBe(0);
  });

  it("managers and members are refused (403), another organisation gets 404, and nothing changes", async () => {
    await deployManagedApplication(clients(), { name: "shop-prod", region: "westeurope" });
    const orgId = await contosoId();
    const seeded = await testDb.azureConnection.findFirstOrThrow({ where: { subscriptionId: CONTOSO_SUB } });
    const before = { connections: await testDb.azureConnection.count(), clusters: await testDb.cluster.count(), operations: await connectionOps() };
    const body = { orgId, tenantId: TENANT, subscriptionId: SUB, displayName: "Staging" };
    for (const email of [DEMO_USERS.contosoManager, DEMO_USERS.contosoMember]) {
      const actor = await actorFor(email);
      const added = await add(actor, body);
      expect([added.status, added.json.error.message]).toEqual([403, t.ownerOnly]);
      expect((await rescan(actor, seeded.id)).status).toBe(403);
      expect((await disconnect(actor, seeded.id)).status).toBe(403);
      expect((await read(actor, seeded.id)).status).toBe(403);
      expect((await list(actor)).status).toBe(403);
      expect((await list(actor, `?orgId=${orgId}`)).status).toBe(403);
    }
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    expect((await add(fabrikam, body)).status).toBe(404);
    expect((await rescan(fabrikam, seeded.id)).status).toBe(404);
    expect((await disconnect(fabrikam, seeded.id)).status).toBe(404);
    expect((await read(fabrikam, seeded.id)).status).toBe(404);
    expect((await list(fabrikam, `?orgId=${orgId}`)).status).toBe(404);
    expect((await list(fabrikam)).json.items.map((c: { displayName: string }) => c.displayName)).toEqual(["Fabrikam Azure"]);
    expect((await rescan(fabrikam, "not-a-uuid")).status).toBe(404);

    expect({ connections: await testDb.azureConnection.count(), clusters: await testDb.cluster.count(), operations: await connectionOps() }).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { action: { startsWith: "connection." }, outcome: "DENIED", orgId } })).toBeGreaterThanOrEqual(8);
  });
});

describe("disconnecting", () => {
  it("is refused while a cluster of the connection is initialized or in use", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const seeded = await testDb.azureConnection.findFirstOrThrow({ where: { subscriptionId: CONTOSO_SUB } });
    const answer = await disconnect(owner, seeded.id);
    expect(answer.status).toBe(409);
    expect(answer.json.error.message).toBe(t.inUse(["contoso-analytics", "contoso-prod"]));
    expect(await testDb.azureConnection.count({ where: { id: seeded.id } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { action: "connection.disconnect.refused", targetId: seeded.id } })).toBe(1);
  });

  it("removes the connection with its clusters that were never initialized; the operation checks again", async () => {
    await deployManagedApplication(clients(), { name: "shop-prod", region: "westeurope" });
    await deployManagedApplication(clients(), { name: "shop-test", region: "westeurope" });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const { connectionId } = await connectStaging(owner);

    // A cluster initialized after the request was accepted: the operation refuses and keeps everything.
    await env.stopWorker();
    const accepted = await disconnect(owner, connectionId);
    expect(accepted.status).toBe(202);
    await testDb.cluster.update({ where: { id: (await clusterByName("shop-test")).id }, data: { status: "INITIALIZED" } });
    await env.startWorker();
    const refused = await waitForOperation(accepted.json.operationId);
    expect([refused.status, (refused.error as { code: string }).code]).toEqual(["FAILED", "ConnectionInUse"]);
    expect(await testDb.cluster.count({ where: { connectionId } })).toBe(2);

    await testDb.cluster.update({ where: { id: (await clusterByName("shop-test")).id }, data: { status: "READY_TO_INITIALIZE" } });
    const done = await succeeded(await disconnect(owner, connectionId));
    expect(done.result).toMatchObject({ removedClusters: ["shop-prod", "shop-test"] });
    expect(await testDb.azureConnection.count({ where: { id: connectionId } })).toBe(0);
    expect(await testDb.cluster.count({ where: { name: { in: ["shop-prod", "shop-test"] } } })).toBe(0);
    expect((await read(owner, connectionId)).status).toBe(404);
    const audit = await testDb.auditEvent.findMany({ where: { targetId: connectionId, action: { in: ["connection.disconnect", "connection.disconnected"] } }, orderBy: { id: "asc" } });
    expect(audit.map((e) => [e.action, e.actorEmail])).toEqual([
      ["connection.disconnect", DEMO_USERS.contosoOwner],
      ["connection.disconnect", DEMO_USERS.contosoOwner],
      ["connection.disconnected", null],
    ]);
    // Azure is untouched: the managed applications stay; connecting again finds them again.
    const again = await connectStaging(owner);
    expect(again.operation.result).toMatchObject({ found: 2, added: ["shop-prod", "shop-test"] });
  });
});
