import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as clusterRoute from "@/app/api/v1/clusters/[clusterId]/route";
import * as offboardRoute from "@/app/api/v1/clusters/[clusterId]/offboard/route";
import * as reviveRoute from "@/app/api/v1/admin/clusters/[clusterId]/revive/route";
import * as clustersRoute from "@/app/api/v1/clusters/route";
import * as operationRoute from "@/app/api/v1/operations/[operationId]/route";
import { OFFBOARD_GRACE_DAYS } from "@/lib/offboarding";
import { openAutomaticTicket } from "@/server/domain/support/open-automatic-ticket";
import { listClusters, ZClusterListQuery } from "@/server/store/clusters";
import type { Actor } from "@/server/auth/permissions";
import { callRoute } from "../api";
import { actorFor, clusterByName, DEMO_USERS, FABRIKAM_SUB, resourcesIn, testDb, waitForOperation, type AzureTestEnv } from "../azure/helpers";
import { resetSettingsEnv, startSettingsEnv } from "../settings/helpers";

// Off-boarding through the API route, pg-boss, a real worker and the SDK against the ARM emulator:
// the managed resource group and everything in it, the managed application (the provider's access),
// the tickets and the registration go; platform admins revive within the grace period only.

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startSettingsEnv();
}, 120_000);
afterAll(async () => env?.dispose());
beforeEach(async () => resetSettingsEnv(env));

const offboard = (actor: Actor, clusterId: string, body: unknown) =>
  callRoute(offboardRoute.POST, actor, { url: `/api/v1/clusters/${clusterId}/offboard`, params: { clusterId }, body });
const revive = (actor: Actor, clusterId: string, body: unknown) =>
  callRoute(reviveRoute.POST, actor, { url: `/api/v1/admin/clusters/${clusterId}/revive`, params: { clusterId }, body });

/** The managed application that grants the provider its access, as the Marketplace deployment leaves it. */
async function deployManagedApplication(cluster: { managedApplicationId: string; managedResourceGroup: string; region: string }) {
  const clients = env.gateway.clientsFor(FABRIKAM_SUB);
  await clients.resources.providers.register("Microsoft.Solutions");
  const appGroup = cluster.managedApplicationId.split("/")[4];
  await clients.resources.resourceGroups.createOrUpdate(appGroup, { location: cluster.region });
  await clients.applications.applications.beginCreateOrUpdateByIdAndWait(
    cluster.managedApplicationId,
    { location: cluster.region, kind: "MarketPlace", managedResourceGroupId: `/subscriptions/${FABRIKAM_SUB}/resourceGroups/${cluster.managedResourceGroup}` },
    clients.lro,
  );
}

const clients = () => env.gateway.clientsFor(FABRIKAM_SUB);

async function offboardFabrikamMain() {
  const owner = await actorFor(DEMO_USERS.fabrikamOwner);
  const cluster = await clusterByName("fabrikam-main");
  await deployManagedApplication(cluster);
  await openAutomaticTicket(testDb, { clusterId: cluster.id, subject: "Something is slow", description: "Please look." });
  expect((await clients().resources.resources.getById(cluster.managedApplicationId, "2021-07-01")).id).toBe(cluster.managedApplicationId);
  const answer = await offboard(owner, cluster.id, { confirmName: "fabrikam-main" });
  expect(answer.status, answer.text).toBe(202);
  const operation = await waitForOperation(answer.json.operationId);
  expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
  return { owner, cluster, operation };
}

describe("off-boarding", () => {
  it("deletes the resource group with every resource, the provider's access, the tickets and the registration", async () => {
    const before = await clusterByName("fabrikam-main");
    expect((await resourcesIn(env.admin, before.managedResourceGroup)).total).toBeGreaterThan(10);
    const { owner, cluster, operation } = await offboardFabrikamMain();

    const steps = operation.steps as { name: string; status: string }[];
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ["Delete the managed resource group", "succeeded"],
      ["Remove the provider's access", "succeeded"],
      ["Delete the support tickets", "succeeded"],
      ["Remove the registration", "succeeded"],
    ]);
    const clients = env.gateway.clientsFor(FABRIKAM_SUB);
    expect((await clients.resources.resourceGroups.checkExistence(cluster.managedResourceGroup)).body).toBe(false);
    const left = [];
    for await (const resource of clients.resources.resources.list({ filter: `resourceGroup eq '${cluster.managedResourceGroup}'` })) left.push(resource);
    expect(left).toEqual([]);
    expect((await resourcesIn(env.admin, cluster.managedResourceGroup)).total).toBe(0);
    await expect(clients.resources.resources.getById(cluster.managedApplicationId, "2021-07-01")).rejects.toMatchObject({ statusCode: 404 });

    expect(await testDb.ticket.count({ where: { clusterId: cluster.id } })).toBe(0);
    const after = await clusterByName("fabrikam-main");
    expect(after.status).toBe("OFFBOARDED");
    expect(after.offboardedAt).toBeInstanceOf(Date);
    const list = await listClusters(testDb, owner, ZClusterListQuery.parse({}));
    expect(list.items.map((c) => c.name)).toEqual(["fabrikam-sandbox"]);
    const listed = await callRoute(clustersRoute.GET, owner, { url: "/api/v1/clusters" });
    expect(listed.json.items.map((c: { name: string }) => c.name)).not.toContain("fabrikam-main");
    expect((await callRoute(clusterRoute.GET, owner, { url: `/api/v1/clusters/${cluster.id}`, params: { clusterId: cluster.id } })).status).toBe(404);

    // The owner follows their off-boarding to its end although the cluster is hidden now; others of the organisation do not.
    const followed = await callRoute(operationRoute.GET, owner, { url: `/api/v1/operations/${operation.id}`, params: { operationId: operation.id } });
    expect([followed.status, followed.json.status]).toEqual([200, "SUCCEEDED"]);
    const fabrikamOther = { ...owner, userId: "00000000-0000-4000-8000-000000000001" };
    const { getOperation } = await import("@/server/store/operations");
    await expect(getOperation(testDb, fabrikamOther, operation.id)).rejects.toMatchObject({ code: "not_found" });

    const audit = await testDb.auditEvent.findMany({ where: { targetId: cluster.id, action: { startsWith: "cluster.offboard" } }, orderBy: { at: "asc" } });
    expect(audit.map((e) => [e.action, e.outcome, e.actorEmail])).toEqual([
      ["cluster.offboard", "SUCCESS", DEMO_USERS.fabrikamOwner],
      ["cluster.offboard.finished", "SUCCESS", null],
    ]);
  });

  it("off-boards a cluster that was never initialized, with nothing of it in Azure", async () => {
    const owner = await actorFor(DEMO_USERS.fabrikamOwner);
    const sandbox = await clusterByName("fabrikam-sandbox");
    expect((await clients().resources.resourceGroups.checkExistence(sandbox.managedResourceGroup)).body).toBe(false);
    const answer = await offboard(owner, sandbox.id, { confirmName: "fabrikam-sandbox" });
    expect(answer.status, answer.text).toBe(202);
    const operation = await waitForOperation(answer.json.operationId, 200);
    expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
    expect((await clusterByName("fabrikam-sandbox")).status).toBe("OFFBOARDED");
  });

  it("refuses a wrong name (400), a manager or member (403) and another organisation (404), changing nothing", async () => {
    const prod = await clusterByName("contoso-prod");
    const wrong = await offboard(await actorFor(DEMO_USERS.contosoOwner), prod.id, { confirmName: "contoso-pro" });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.fields.confirmName[0]).toContain("contoso-prod");
    expect((await offboard(await actorFor(DEMO_USERS.contosoOwner), prod.id, { confirmName: "contoso-prod\u0000" })).status).toBe(400);
    expect((await offboard(await actorFor(DEMO_USERS.contosoOwner), prod.id, {})).status).toBe(400);
    expect((await offboard(await actorFor(DEMO_USERS.contosoManager), prod.id, { confirmName: "contoso-prod" })).status).toBe(403);
    expect((await offboard(await actorFor(DEMO_USERS.contosoMember), prod.id, { confirmName: "contoso-prod" })).status).toBe(403);
    expect((await offboard(await actorFor(DEMO_USERS.fabrikamOwner), prod.id, { confirmName: "contoso-prod" })).status).toBe(404);
    expect((await clusterByName("contoso-prod")).status).toBe("INITIALIZED");
    expect(await testDb.operation.count({ where: { kind: "cluster.offboard" } })).toBe(0);
    expect((await resourcesIn(env.admin, prod.managedResourceGroup)).total).toBeGreaterThan(10);
    const refusals = await testDb.auditEvent.count({ where: { targetId: prod.id, action: "cluster.offboard.refused", outcome: "DENIED" } });
    expect(refusals).toBe(3);
  });

  it("lets a platform admin revive within the grace period, initializing from the last settings", async () => {
    const { cluster } = await offboardFabrikamMain();
    const adminActor = await actorFor(DEMO_USERS.admin);
    expect((await revive(await actorFor(DEMO_USERS.support), cluster.id, { purpose: "Customer asked us to" })).status).toBe(403);
    expect((await revive(await actorFor(DEMO_USERS.fabrikamOwner), cluster.id, { purpose: "Customer asked us to" })).status).toBe(403);
    expect((await revive(adminActor, cluster.id, { purpose: "" })).status).toBe(400);

    const answer = await revive(adminActor, cluster.id, { purpose: "Deleted by accident, ticket 1234" });
    expect(answer.status, answer.text).toBe(202);
    expect(answer.json.status).toBe("INITIALIZING");
    const operation = await waitForOperation(answer.json.operationId);
    expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
    expect(operation.purpose).toBe("Deleted by accident, ticket 1234");
    const revived = await clusterByName("fabrikam-main");
    expect(revived.status).toBe("INITIALIZED");
    expect(revived.offboardedAt).toBeNull();
    expect(revived.actualSettings).toEqual(cluster.actualSettings);
    const clients = env.gateway.clientsFor(FABRIKAM_SUB);
    expect((await clients.resources.resourceGroups.checkExistence(cluster.managedResourceGroup)).body).toBe(true);
    const aks = await clients.containerService.managedClusters.get(cluster.managedResourceGroup, "aks-mendix");
    expect(aks.provisioningState).toBe("Succeeded");
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { targetId: cluster.id, action: "cluster.revive" } });
    expect([event.orgId, event.actorKind, event.purpose]).toEqual([cluster.orgId, "STAFF", "Deleted by accident, ticket 1234"]);
  });

  it("refuses to revive after the grace period and a cluster that is not off-boarded", async () => {
    const { cluster } = await offboardFabrikamMain();
    const adminActor = await actorFor(DEMO_USERS.admin);
    await testDb.cluster.update({ where: { id: cluster.id }, data: { offboardedAt: new Date(Date.now() - (OFFBOARD_GRACE_DAYS * 86_400_000 + 60_000)) } });
    const late = await revive(adminActor, cluster.id, { purpose: "Customer asked us to" });
    expect(late.status).toBe(409);
    expect(late.json.error.message).toContain(`${OFFBOARD_GRACE_DAYS} days`);
    expect((await clusterByName("fabrikam-main")).status).toBe("OFFBOARDED");
    const prod = await clusterByName("contoso-prod");
    expect((await revive(adminActor, prod.id, { purpose: "Customer asked us to" })).status).toBe(409);
  });
});
