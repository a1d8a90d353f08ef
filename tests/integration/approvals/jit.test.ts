import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EmulatorAdminClient } from "@/emulator/admin-client";
import { CONTRIBUTOR_ROLE_ID, OWNER_ROLE_ID } from "@/emulator/types";
import { DEMO_USERS } from "@/prisma/demo-data";
import * as approveRoute from "@/app/api/v1/approvals/[approvalId]/approve/route";
import * as denyRoute from "@/app/api/v1/approvals/[approvalId]/deny/route";
import * as windowsRoute from "@/app/api/v1/clusters/[clusterId]/approval-windows/route";
import * as approvalsRoute from "@/app/api/v1/clusters/[clusterId]/approvals/route";
import * as environmentsRoute from "@/app/api/v1/clusters/[clusterId]/environments/route";
import * as settingsRoute from "@/app/api/v1/clusters/[clusterId]/settings/route";
import type { Actor } from "@/server/auth/permissions";
import { componentName } from "@/server/azure/transform";
import { DEFAULT_CLUSTER_SETTINGS } from "@/lib/cluster-settings";
import { claimScheduledUpdate, requestScheduledUpdate } from "@/server/domain/approvals/request-scheduled-update";
import { sweepApprovals } from "@/server/domain/approvals/sweep-approvals";
import { createBoss } from "@/server/jobs/boss";
import { ensureQueues } from "@/server/jobs/registry";
import { startWorker, type RunningWorker } from "@/worker/run-worker";
import { startBackupStack, type BackupStack } from "../backups/stack";
import { waitForOperation } from "../azure/helpers";
import { callRoute, type RouteHandler } from "../api";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";

// The JIT plan below the browser: the API's route files, the use cases, the approvals sweep with a
// fake clock, and the held environment creation run by the real worker against the emulator, the
// test PostgreSQL and Azurite once an Owner of the subscription approves it.

const CONTOSO_SUB = "6f1d3c2a-0c1e-4d7b-9a55-3b1f0c0c0a01";
const PLACE = { subscriptionId: CONTOSO_SUB, resourceGroup: "mrg-contoso-prod", clusterName: "contoso-prod" };
const H = 3_600_000;
type AnyRoute = RouteHandler<Record<string, string>>;
const route = (handler: unknown) => handler as AnyRoute;

let stack: BackupStack;
let worker: RunningWorker;
let boss: ReturnType<typeof createBoss>;
let owner: Actor;
let manager: Actor;
let reader: Actor;
let member: Actor;
let fabrikam: Actor;
let clusterId: string;

async function roles() {
  const user = (email: string) => testDb.user.findUniqueOrThrow({ where: { email } });
  const [o, m] = await Promise.all([user(DEMO_USERS.contosoOwner), user(DEMO_USERS.contosoManager)]);
  await new EmulatorAdminClient(stack.emulatorUrl).setRoleAssignments([
    { principalId: o.azurePrincipalId!, roleDefinitionId: OWNER_ROLE_ID, scope: `/subscriptions/${CONTOSO_SUB}`, principalType: "User" },
    { principalId: m.azurePrincipalId!, roleDefinitionId: CONTRIBUTOR_ROLE_ID, scope: `/subscriptions/${CONTOSO_SUB}`, principalType: "User" },
  ]);
}

const requestEnvironment = (actor: Actor, name: string) => callRoute(route(environmentsRoute.POST), actor, { method: "POST", url: `/api/v1/clusters/${clusterId}/environments`, params: { clusterId }, body: { name, plan: "SMALL" } });
const decide = (actor: Actor, approvalId: string, decision: "approve" | "deny") =>
  callRoute(route(decision === "approve" ? approveRoute.POST : denyRoute.POST), actor, { method: "POST", url: `/api/v1/approvals/${approvalId}/${decision}`, params: { approvalId }, body: {} });
const list = (actor: Actor, id = clusterId) => callRoute(route(approvalsRoute.GET), actor, { url: `/api/v1/clusters/${id}/approvals`, params: { clusterId: id } });
const sweep = (now: Date) => sweepApprovals(testDb, { boss, dataPlane: stack.dataPlane, azure: stack.gateway, now });
const request = (id: string) => testDb.approvalRequest.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  await resetWithDemo();
  stack = await startBackupStack();
  await stack.provisionCluster(PLACE);
  const clients = stack.gateway.clientsFor(CONTOSO_SUB);
  const plan = { ...PLACE, location: "westeurope", settings: DEFAULT_CLUSTER_SETTINGS };
  await clients.containerService.managedClusters.beginCreateOrUpdateAndWait(
    PLACE.resourceGroup,
    componentName(plan, "AKS"),
    { location: "westeurope", agentPoolProfiles: [{ name: "system", count: 1, vmSize: "Standard_D2s_v5", mode: "System" }] },
    clients.lro,
  );
  boss = createBoss(process.env.DATABASE_URL!, { worker: false });
  await boss.start();
  await ensureQueues(boss);
  worker = await startWorker(process.env.DATABASE_URL!, stack.gateway, { quiet: true, dataPlane: stack.dataPlane });
  await roles();
  [owner, manager, reader, member, fabrikam] = await Promise.all(
    [DEMO_USERS.contosoOwner, DEMO_USERS.contosoManager, DEMO_USERS.contosoReader, DEMO_USERS.contosoMember, DEMO_USERS.fabrikamOwner].map(actorFor),
  );
  clusterId = (await clusterByName("contoso-prod")).id;
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await boss?.stop({ graceful: false });
  await stack?.dispose();
});

beforeEach(async () => {
  // Contoso moves to the JIT plan for these tests (the demo has Fabrikam on it, whose cluster has no Azure resources here).
  await testDb.organization.updateMany({ where: { slug: "contoso" }, data: { plan: "JIT" } });
});

describe("the JIT plan", () => {
  it("seeds Fabrikam on the JIT plan", async () => {
    const orgs = await testDb.organization.findMany({ where: { slug: { in: ["fabrikam"] } } });
    expect(orgs[0].plan).toBe("JIT");
  });

  it("holds an environment creation as a request, runs it as the normal operation once an Owner approves", async () => {
    const asked = await requestEnvironment(reader, "jit-orders");
    expect(asked.status, JSON.stringify(asked.json)).toBe(202);
    const approvalId = asked.json.approvalId as string;
    expect(asked.json.operationId).toBeUndefined();
    expect(await testDb.environment.count({ where: { name: "jit-orders" } })).toBe(0);
    expect(await testDb.operation.count({ where: { kind: "environment.create", clusterId } })).toBe(0);
    const held = await request(approvalId);
    expect(held).toMatchObject({ state: "PENDING", kind: "environment_create", payload: { name: "jit-orders", plan: "SMALL" } });
    expect(held.expiresAt.getTime() - held.requestedAt.getTime()).toBe(24 * H);

    // The list shows it to every member of the organisation; another organisation does not see the cluster.
    const listed = await list(member);
    expect(listed.status).toBe(200);
    expect(listed.json.items.map((i: { id: string; state: string }) => [i.id, i.state])).toContainEqual([approvalId, "PENDING"]);
    expect((await list(fabrikam)).status).toBe(404);

    // Deciding needs decide:approvals and Owner or Contributor on the subscription.
    expect((await decide(member, approvalId, "approve")).status).toBe(403);
    expect((await decide(reader, approvalId, "approve")).status).toBe(403);
    expect((await decide(fabrikam, approvalId, "approve")).status).toBe(404);
    expect((await request(approvalId)).state).toBe("PENDING");
    const refusals = await testDb.auditEvent.count({ where: { targetId: approvalId, action: "approval.approve", outcome: "DENIED" } });
    expect(refusals).toBe(2);

    const approved = await decide(owner, approvalId, "approve");
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    expect(approved.json.state).toBe("EXECUTING");
    const operation = await waitForOperation(approved.json.operationId);
    expect(operation).toMatchObject({ kind: "environment.create", status: "SUCCEEDED", requestedById: reader.userId });
    const environment = await testDb.environment.findFirstOrThrow({ where: { clusterId, name: "jit-orders" } });
    expect(environment.state).toBe("STOPPED");
    expect(await request(approvalId)).toMatchObject({ state: "COMPLETE", decidedById: owner.userId, operationId: operation.id });
    const actions = (await testDb.auditEvent.findMany({ where: { targetId: approvalId, outcome: "SUCCESS" }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["approval.request", "approval.approve", "approval.execute"]);

    // Deciding twice is refused.
    expect((await decide(owner, approvalId, "deny")).status).toBe(409);
  }, 60_000);

  it("denies a request: nothing runs, and it cannot be approved afterwards", async () => {
    const asked = await requestEnvironment(manager, "jit-denied");
    const approvalId = asked.json.approvalId as string;
    const denied = await decide(manager, approvalId, "deny");
    expect(denied.status, JSON.stringify(denied.json)).toBe(200);
    expect(denied.json.state).toBe("DENIED");
    expect((await decide(owner, approvalId, "approve")).status).toBe(409);
    expect(await testDb.environment.count({ where: { name: "jit-denied" } })).toBe(0);
    expect(await testDb.operation.count({ where: { clusterId, kind: "environment.create", input: { path: ["name"], equals: "jit-denied" } } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { targetId: approvalId, action: "approval.deny", outcome: "SUCCESS", actorId: manager.userId } })).toBe(1);
  });

  it("expires a pending request after 24 hours (the sweep, on a fake clock)", async () => {
    const asked = await requestEnvironment(reader, "jit-late");
    const approvalId = asked.json.approvalId as string;
    const requestedAt = (await request(approvalId)).requestedAt;
    await sweep(new Date(requestedAt.getTime() + 24 * H - 1000));
    expect((await request(approvalId)).state).toBe("PENDING");
    await sweep(new Date(requestedAt.getTime() + 24 * H));
    expect((await request(approvalId)).state).toBe("EXPIRED");
    const refused = await decide(owner, approvalId, "approve");
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toMatch(/expired/);
    expect(await testDb.auditEvent.count({ where: { targetId: approvalId, action: "approval.expire", actorKind: "SYSTEM" } })).toBe(1);
  });

  it("keeps an approval 2 hours while its action cannot start, then lets it lapse", async () => {
    // A settings change that needs role assignments is held; when approved another change is running.
    const settings = await callRoute(route(settingsRoute.PATCH), manager, { method: "PATCH", url: `/api/v1/clusters/${clusterId}/settings`, params: { clusterId }, body: { loadBalancer: "internal" }, headers: { "if-match": `"${(await clusterByName("contoso-prod")).settingsVersion}"` } });
    expect(settings.status, JSON.stringify(settings.json)).toBe(202);
    expect(settings.json.operationId).toBeUndefined();
    const approvalId = settings.json.approvalId as string;
    expect((await request(approvalId)).kind).toBe("settings_change");
    const busy = await testDb.operation.create({ data: { orgId: (await clusterByName("contoso-prod")).orgId, clusterId, kind: "cluster.settings-apply", targetType: "cluster", targetId: clusterId, status: "RUNNING" } });
    await testDb.cluster.update({ where: { id: clusterId }, data: { settingsOperationId: busy.id } });
    try {
      const approved = await decide(owner, approvalId, "approve");
      expect(approved.status, JSON.stringify(approved.json)).toBe(200);
      expect(approved.json.state).toBe("APPROVED");
      const decidedAt = (await request(approvalId)).decidedAt!;
      expect((await request(approvalId)).expiresAt.getTime() - decidedAt.getTime()).toBe(2 * H);

      await sweep(new Date(decidedAt.getTime() + 2 * H - 1000));
      expect((await request(approvalId)).state).toBe("APPROVED");
      await sweep(new Date(decidedAt.getTime() + 2 * H));
      expect((await request(approvalId)).state).toBe("EXPIRED");
      expect((await clusterByName("contoso-prod")).settingsOperationId).toBe(busy.id);
    } finally {
      await testDb.cluster.update({ where: { id: clusterId }, data: { settingsOperationId: null } });
      await testDb.operation.update({ where: { id: busy.id }, data: { status: "FAILED" } });
    }
  });

  it("approves requests made inside an owner's auto-approval window of at least 8 hours at once", async () => {
    const windowPath = { method: "POST", url: `/api/v1/clusters/${clusterId}/approval-windows`, params: { clusterId } };
    const now = Date.now();
    const short = await callRoute(route(windowsRoute.POST), owner, { ...windowPath, body: { startsAt: new Date(now - H).toISOString(), endsAt: new Date(now + 6 * H).toISOString(), reason: "release day" } });
    expect(short.status).toBe(400);
    expect((await callRoute(route(windowsRoute.POST), manager, { ...windowPath, body: { startsAt: new Date(now - H).toISOString(), endsAt: new Date(now + 8 * H).toISOString(), reason: "x" } })).status).toBe(403);
    expect((await callRoute(route(windowsRoute.POST), fabrikam, { ...windowPath, body: { startsAt: new Date(now - H).toISOString(), endsAt: new Date(now + 8 * H).toISOString(), reason: "x" } })).status).toBe(404);
    const created = await callRoute(route(windowsRoute.POST), owner, { ...windowPath, body: { startsAt: new Date(now - H).toISOString(), endsAt: new Date(now + 7 * H).toISOString(), reason: "release day" } });
    expect(created.status, JSON.stringify(created.json)).toBe(201);

    const asked = await requestEnvironment(reader, "jit-window");
    expect(asked.status).toBe(202);
    expect(asked.json.operationId).toBeTruthy();
    const held = await request(asked.json.approvalId);
    expect(held).toMatchObject({ state: "EXECUTING", autoApprovalWindowId: created.json.id, decidedById: null, operationId: asked.json.operationId });
    expect((await waitForOperation(asked.json.operationId)).status).toBe("SUCCEEDED");
    expect((await request(held.id)).state).toBe("COMPLETE");
    expect(await testDb.auditEvent.count({ where: { targetId: held.id, action: "approval.auto-approve", actorKind: "SYSTEM" } })).toBe(1);
    await testDb.autoApprovalWindow.deleteMany({});
  }, 60_000);

  it("lets service updates ask per environment and claim only approved updates", async () => {
    const environment = await testDb.environment.findFirstOrThrow({ where: { clusterId, name: "production" } });
    const dueAt = new Date(Date.now() + 7 * 24 * H);
    const asked = await requestScheduledUpdate(testDb, { clusterId, environmentId: environment.id, dueAt, release: "2027.1" });
    expect(asked).not.toBeNull();
    const held = await request(asked!.approvalId);
    expect(held).toMatchObject({ kind: "scheduled_update", state: "PENDING", environmentId: environment.id, dueAt, expiresAt: dueAt, requestedById: null });
    expect(await claimScheduledUpdate(testDb, held.id, "00000000-0000-4000-8000-000000000001")).toBe(false);
    const approved = await decide(owner, held.id, "approve");
    expect(approved.json.state).toBe("APPROVED");
    expect((await request(held.id)).expiresAt.getTime()).toBe(dueAt.getTime() + 2 * H);
    expect(await claimScheduledUpdate(testDb, held.id, "00000000-0000-4000-8000-000000000001", dueAt)).toBe(true);
    expect((await request(held.id)).state).toBe("EXECUTING");

    await testDb.organization.updateMany({ where: { slug: "contoso" }, data: { plan: "STANDARD" } });
    expect(await requestScheduledUpdate(testDb, { clusterId, environmentId: environment.id, dueAt, release: "2027.1" })).toBeNull();
  });

  it("leaves Standard organisations unaffected: the creation runs at once", async () => {
    await testDb.organization.updateMany({ where: { slug: "contoso" }, data: { plan: "STANDARD" } });
    const created = await requestEnvironment(manager, "std-direct");
    expect(created.status).toBe(202);
    expect(created.json.approvalId).toBeUndefined();
    expect((await waitForOperation(created.json.operationId)).status).toBe("SUCCEEDED");
  }, 60_000);
});
