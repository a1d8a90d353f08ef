import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LATEST_NODE_IMAGE } from "@/emulator/resource-aks-maintenance";
import { parseWindow } from "@/lib/maintenance-window";
import { ensureMaintenanceWindow, readMaintenanceWindow } from "@/server/azure/cluster-updates";
import { publishRelease } from "@/server/domain/updates/publish-release";
import { runDueUpdates } from "@/server/domain/updates/run-due-updates";
import { setRolloutPaused } from "@/server/domain/updates/set-rollout-paused";
import { actorFor, DEMO_USERS, resetAll, startAzureTestEnv, testDb, waitForOperation, type AzureTestEnv } from "../azure/helpers";
import { provisionInitialized } from "../settings/helpers";

// Releases rolled out to the two initialized demo clusters (contoso-prod, fabrikam-main) in their
// maintenance windows. The scheduler's clock is passed in; the updates run for real in the worker
// against the ARM emulator through the SDK.

let env: AzureTestEnv;
const PUBLISHED = new Date("2026-12-02T12:00:00Z"); // a Wednesday
const at = (iso: string) => new Date(iso);
const COMPONENTS = { kubernetes: "1.32.0", nodeImage: LATEST_NODE_IMAGE, operator: "2.24.0", agent: "2.24.0" };

beforeAll(async () => {
  env = await startAzureTestEnv();
  await provisionInitialized(env);
}, 120_000);
afterAll(() => env?.dispose());
beforeEach(async () => {
  await resetAll(env);
  await provisionInitialized(env);
});

async function cluster(name: string) {
  return testDb.cluster.findFirstOrThrow({ where: { name }, include: { connection: true } });
}

async function updateOf(releaseId: string, name: string) {
  return testDb.clusterUpdate.findFirstOrThrow({ where: { releaseId, cluster: { name } } });
}

/** Runs a tick and waits until every update it started has its outcome recorded. */
async function tick(now: Date) {
  const result = await runDueUpdates(testDb, env.boss, now);
  for (const operationId of result.started) {
    await waitForOperation(operationId);
    for (let i = 0; i < 200; i++) {
      const update = await testDb.clusterUpdate.findFirstOrThrow({ where: { operationId } });
      if (update.status !== "IN_PROGRESS") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return result;
}

/** Fabrikam is on the JIT plan: its approvers approve every environment's request for `releaseId`'s update (as decideApproval does). */
async function approveUpdateOf(releaseId: string, name: string) {
  const update = await updateOf(releaseId, name);
  const requests = await testDb.approvalRequest.findMany({ where: { kind: "scheduled_update", cluster: { name } } });
  expect(requests.map((request) => request.state)).toEqual(requests.map(() => "PENDING"));
  await testDb.approvalRequest.updateMany({
    where: { id: { in: requests.map((request) => request.id) } },
    data: { state: "APPROVED", decidedAt: new Date(), expiresAt: new Date(update.scheduledFor.getTime() + 2 * 3_600_000) },
  });
  return requests;
}

async function notificationsOf(email: string, kind: string) {
  return testDb.notification.findMany({ where: { user: { email }, kind } });
}

describe("a release rolled out in waves", () => {
  it("updates each cluster in its own window, the first wave first, and ends with the new versions", async () => {
    // fabrikam-main's window is Wednesday 10:00-14:00 UTC, in Azure; contoso-prod keeps Sunday 02:00-06:00.
    const fabrikam = await cluster("fabrikam-main");
    const clients = env.gateway.clientsFor(fabrikam.connection.subscriptionId);
    await ensureMaintenanceWindow(clients, fabrikam.managedResourceGroup, "aks-mendix", parseWindow("Wed 10:00-14:00")!);
    await testDb.cluster.update({ where: { id: fabrikam.id }, data: { maintenanceWindow: "Wed 10:00-14:00" } });
    const contoso = await cluster("contoso-prod");
    expect(await readMaintenanceWindow(env.gateway.clientsFor(contoso.connection.subscriptionId), contoso.managedResourceGroup, "aks-mendix")).toEqual(parseWindow("Sun 02:00-06:00"));

    const admin = await actorFor(DEMO_USERS.admin);
    const release = await publishRelease(testDb, admin, { version: "2027.Q1", kind: "QUARTERLY", components: COMPONENTS, firstWave: [contoso.id] }, PUBLISHED);
    expect(release.clusters).toBe(2);
    expect((await updateOf(release.id, "contoso-prod")).scheduledFor.toISOString()).toBe("2026-12-06T02:00:00.000Z");
    // The rest follow a week later, in their own window.
    expect((await updateOf(release.id, "fabrikam-main")).scheduledFor.toISOString()).toBe("2026-12-16T10:00:00.000Z");

    // Publishing day: nothing runs; Contoso hears of its update (within 7 days), Fabrikam not yet.
    expect((await tick(at("2026-12-02T13:00:00Z"))).started).toEqual([]);
    expect(await notificationsOf(DEMO_USERS.contosoOwner, "update.upcoming")).toHaveLength(1);
    expect(await notificationsOf(DEMO_USERS.fabrikamOwner, "update.upcoming")).toHaveLength(0);

    // Sunday 03:00 UTC: inside contoso-prod's window.
    expect((await tick(at("2026-12-06T03:00:00Z"))).started).toHaveLength(1);
    const first = await updateOf(release.id, "contoso-prod");
    expect(first.status).toBe("SUCCEEDED");
    expect(first.fromVersions).toMatchObject({ operator: "2.23.1" });
    const contosoAfter = await cluster("contoso-prod");
    expect(contosoAfter).toMatchObject({ status: "INITIALIZED", kubernetesVersion: "1.32.0", nodeImageVersion: LATEST_NODE_IMAGE, operatorVersion: "2.24.0", agentVersion: "2.24.0" });
    const aks = await env.gateway.clientsFor(contoso.connection.subscriptionId).containerService.managedClusters.get(contoso.managedResourceGroup, "aks-mendix");
    expect(aks.currentKubernetesVersion).toBe("1.32.0");
    expect(aks.agentPoolProfiles?.every((pool) => pool.nodeImageVersion === LATEST_NODE_IMAGE)).toBe(true);
    expect(await notificationsOf(DEMO_USERS.contosoOwner, "update.succeeded")).toHaveLength(1);
    expect((await updateOf(release.id, "fabrikam-main")).status).toBe("SCHEDULED");

    // The next Wednesday, outside and then inside fabrikam-main's window.
    expect((await tick(at("2026-12-09T12:00:00Z"))).started).toEqual([]);
    expect(await notificationsOf(DEMO_USERS.fabrikamOwner, "update.upcoming")).toHaveLength(1);
    // JIT plan: at T-7 each of fabrikam-main's environments got its request; Standard Contoso none.
    const requests = await approveUpdateOf(release.id, "fabrikam-main");
    expect(requests.map((request) => request.dueAt?.toISOString())).toEqual(["2026-12-16T10:00:00.000Z", "2026-12-16T10:00:00.000Z"]);
    expect(await testDb.approvalRequest.count({ where: { cluster: { name: "contoso-prod" } } })).toBe(0);
    expect((await tick(at("2026-12-16T11:00:00Z"))).started).toHaveLength(1);
    expect((await updateOf(release.id, "fabrikam-main")).status).toBe("SUCCEEDED");
    expect((await testDb.approvalRequest.findMany({ where: { kind: "scheduled_update" } })).map((request) => request.state)).toEqual(["COMPLETE", "COMPLETE"]);
    expect(await cluster("fabrikam-main")).toMatchObject({ kubernetesVersion: "1.32.0", operatorVersion: "2.24.0" });
    await tick(at("2026-12-16T11:05:00Z"));
    expect((await testDb.release.findUniqueOrThrow({ where: { id: release.id } })).status).toBe("COMPLETED");
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "cluster.update.finished", targetId: contoso.id } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", before: expect.objectContaining({ operator: "2.23.1" }), after: expect.objectContaining({ operator: "2.24.0", release: "2027.Q1" }) });
  });

  it("reports a failed cluster update and goes on with the rest of the rollout", async () => {
    const contoso = await cluster("contoso-prod");
    // Azure refuses contoso-prod's upgrade.
    await env.admin.addFault({ kind: "serverError", status: 400, code: "UpgradeFailed", message: "The control plane upgrade failed.", method: "PUT", pathContains: "/resourceGroups/mrg-contoso-prod/providers/Microsoft.ContainerService/managedClusters/aks-mendix" });
    const admin = await actorFor(DEMO_USERS.admin);
    const release = await publishRelease(testDb, admin, { version: "2027.Q2", kind: "QUARTERLY", components: COMPONENTS, firstWave: [contoso.id] }, PUBLISHED);

    expect((await tick(at("2026-12-06T03:00:00Z"))).started).toHaveLength(1);
    const failed = await updateOf(release.id, "contoso-prod");
    expect(failed.status).toBe("FAILED");
    expect(failed.error).toMatchObject({ code: "UpgradeFailed" });
    expect(await cluster("contoso-prod")).toMatchObject({ status: "INITIALIZED", operatorVersion: "2.23.1" });
    const [notice] = await notificationsOf(DEMO_USERS.contosoOwner, "update.failed");
    expect(notice.message).toContain("The control plane upgrade failed.");

    // The second wave (both clusters keep Sunday windows: the Sunday after the week's gap) still runs.
    expect((await updateOf(release.id, "fabrikam-main")).scheduledFor.toISOString()).toBe("2026-12-13T02:00:00.000Z");
    await approveUpdateOf(release.id, "fabrikam-main");
    expect((await tick(at("2026-12-13T02:30:00Z"))).started).toHaveLength(1);
    expect((await updateOf(release.id, "fabrikam-main")).status).toBe("SUCCEEDED");
    await tick(at("2026-12-13T02:35:00Z"));
    expect((await testDb.release.findUniqueOrThrow({ where: { id: release.id } })).status).toBe("COMPLETED");
    expect(await testDb.auditEvent.count({ where: { action: "cluster.update.finished", outcome: "FAILURE", targetId: contoso.id } })).toBe(1);
  });

  it("skips a JIT cluster's scheduled update unless every environment's request was approved", async () => {
    const contoso = await cluster("contoso-prod");
    const admin = await actorFor(DEMO_USERS.admin);
    const release = await publishRelease(testDb, admin, { version: "2027.Q3", kind: "QUARTERLY", components: COMPONENTS, firstWave: [contoso.id] }, PUBLISHED);
    expect((await tick(at("2026-12-06T03:00:00Z"))).started).toHaveLength(1); // contoso-prod (Standard) runs without asking
    const requests = await testDb.approvalRequest.findMany({ where: { kind: "scheduled_update", cluster: { name: "fabrikam-main" } }, include: { cluster: true } });
    expect(requests).toHaveLength(2);
    // One environment approved, the other left pending: the cluster's update does not run.
    await testDb.approvalRequest.update({ where: { id: requests[0].id }, data: { state: "APPROVED", decidedAt: new Date(), expiresAt: at("2026-12-13T04:00:00Z") } });
    expect((await tick(at("2026-12-13T02:30:00Z"))).started).toEqual([]);
    const skipped = await updateOf(release.id, "fabrikam-main");
    expect(skipped.status).toBe("SKIPPED");
    expect(skipped.reason).toMatch(/JIT plan.*not approved: (production|test)\.$/);
    expect(await cluster("fabrikam-main")).toMatchObject({ operatorVersion: "2.23.1" });
    expect(await testDb.auditEvent.count({ where: { action: "cluster.update.skipped", targetId: skipped.clusterId } })).toBe(1);
  });

  it("runs an emergency release at once, outside the window, and holds a paused rollout", async () => {
    const admin = await actorFor(DEMO_USERS.admin);
    const emergency = await publishRelease(testDb, admin, { version: "2026.12-hotfix", kind: "EMERGENCY", purpose: "CVE-2026-1234 in the Mendix Operator", components: { operator: "2.23.2" } }, PUBLISHED);
    await setRolloutPaused(testDb, admin, emergency.id, { action: "pause" });
    // Wednesday noon is outside every window; the paused rollout waits all the same.
    expect((await tick(at("2026-12-02T12:01:00Z"))).started).toEqual([]);
    const [notice] = await notificationsOf(DEMO_USERS.contosoOwner, "update.upcoming");
    expect(notice.message).toContain("do not wait for the maintenance window");
    await setRolloutPaused(testDb, admin, emergency.id, { action: "resume" });
    expect((await tick(at("2026-12-02T12:02:00Z"))).started).toHaveLength(2);
    expect(await cluster("contoso-prod")).toMatchObject({ operatorVersion: "2.23.2", kubernetesVersion: expect.any(String) });
    expect((await updateOf(emergency.id, "fabrikam-main")).status).toBe("SUCCEEDED");
  });
});
