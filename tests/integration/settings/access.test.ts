import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { actorFor, clusterByName, DEMO_USERS, testDb, waitForOperation, type AzureTestEnv } from "../azure/helpers";
import { orgBySlug } from "../support/helpers";
import { api, resetSettingsEnv, startSettingsEnv } from "./helpers";

// Who may change settings (portal role, Azure role, the admins' policy), the answers of the API
// for invalid values, refused transitions, version conflicts and concurrent changes.

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startSettingsEnv();
});
afterAll(async () => env?.dispose());
beforeEach(async () => resetSettingsEnv(env));

async function prod() {
  const cluster = await clusterByName("contoso-prod");
  const manager = await actorFor(DEMO_USERS.contosoManager);
  const version = (await api.get(manager, cluster.id)).json.version as number;
  return { cluster, manager, version };
}

describe("who may change settings", () => {
  it("the manager with Contributor may; the member and the manager without an Azure role see read-only with the reason and get 403", async () => {
    const { cluster, manager, version } = await prod();
    const view = await api.get(manager, cluster.id);
    expect(view.headers.get("etag")).toBe(`"${version}"`);
    expect(view.json).toMatchObject({ canEdit: true, canRecover: true, networkMode: "A", runningOperationId: null });
    expect(view.json.settings.loadBalancer).toMatchObject({ editable: true, pending: false, drift: null });
    expect(view.json.settings.nodeCidr).toMatchObject({ editable: false, reason: "Fixed at initialization." });
    expect(view.json.settings.storageRedundancy.allowed).toEqual(["LRS", "GRS", "RA-GRS"]);

    const reader = await actorFor(DEMO_USERS.contosoReader);
    const readerView = await api.get(reader, cluster.id);
    expect(readerView.json).toMatchObject({ canEdit: false, canRecover: false, readOnlyReason: expect.stringContaining("Owner or Contributor") });
    expect(readerView.json.settings.loadBalancer).toMatchObject({ editable: false, reason: expect.stringContaining("Owner or Contributor") });
    const refused = await api.patch(reader, cluster.id, { loadBalancer: "internal" }, version);
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain("Owner or Contributor");
    expect((await api.recover(reader, cluster.id)).status).toBe(403);

    const member = await actorFor(DEMO_USERS.contosoMember);
    expect((await api.get(member, cluster.id)).json).toMatchObject({ canEdit: false, readOnlyReason: expect.stringContaining("cluster managers") });
    expect((await api.patch(member, cluster.id, { loadBalancer: "internal" }, version)).status).toBe(403);
    expect((await api.recover(member, cluster.id)).status).toBe(403);
    expect((await api.revert(member, cluster.id)).status).toBe(403);

    const denied = await testDb.auditEvent.findMany({ where: { action: "cluster.settings.refused", targetId: cluster.id } });
    expect(denied.map((e) => e.actorEmail).sort()).toEqual([DEMO_USERS.contosoMember, DEMO_USERS.contosoReader]);
    expect(denied[0]).toMatchObject({ outcome: "DENIED", orgId: cluster.orgId });
    expect(denied[0].after).toMatchObject({ asked: { loadBalancer: { from: "public", to: "internal" } } });
    const row = await testDb.cluster.findUniqueOrThrow({ where: { id: cluster.id } });
    expect(row.settingsVersion).toBe(version);
  });

  it("another organisation's cluster is not found", async () => {
    const { cluster, version } = await prod();
    const other = await actorFor(DEMO_USERS.fabrikamOwner);
    expect((await api.get(other, cluster.id)).status).toBe(404);
    expect((await api.patch(other, cluster.id, { aksTier: "Free" }, version)).status).toBe(404);
    expect((await api.preview(other, cluster.id, { aksTier: "Free" })).status).toBe(404);
    expect((await api.recover(other, cluster.id)).status).toBe(404);
    expect((await api.revert(other, cluster.id)).status).toBe(404);
    expect((await api.get(other, "not-a-uuid")).status).toBe(404);
  });
});

describe("invalid values and refused transitions", () => {
  it("400 with fields, nothing changed", async () => {
    const { cluster, manager, version } = await prod();
    const cases: [Record<string, unknown>, string][] = [
      [{ maxNodeCount: 500 }, "maxNodeCount"],
      [{ aksTier: "Gold" }, "aksTier"],
      [{ unknownKey: 1 }, "_"],
      [{ tags: { "bad<name": "x" } }, "tags.bad<name"],
      [{ tags: { team: "a\u0000b" } }, "tags.team"],
      [{ nodeCidr: "192.168.8.0/22" }, "nodeCidr"],
      [{ networkIsolated: true }, "networkIsolated"],
      [{ storageTier: "P6" }, "storageTier"],
      [{ storageRedundancy: "ZRS" }, "storageRedundancy"],
      [{ postgresTier: "Burstable", postgresSku: "Standard_B2s", databaseHighAvailability: "SameZone" }, "databaseHighAvailability"],
      [{ postgresTier: "Burstable", postgresSku: "Standard_D2ds_v5" }, "postgresSku"],
      [{ nodeVmSize: "Standard_DC8s_v3" }, "nodeVmSize"],
      [{ customCaCertificate: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----" }, "customCaCertificate"],
    ];
    for (const [body, field] of cases) {
      const res = await api.patch(manager, cluster.id, body, version);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json.error.fields ?? {}), JSON.stringify(res.json)).toContain(field);
      // In words (decision 0035), never in zod's.
      expect(JSON.stringify(res.json.error.fields)).not.toMatch(/Invalid (input|key|option)|Expected |received|Too (big|small)|Unrecognized key/);
    }
    expect((await api.patch(manager, cluster.id, { maxNodeCount: 500 }, version)).json.error.fields).toEqual({ maxNodeCount: ["Maximum node count: may be at most 100"] });
    expect((await api.patch(manager, cluster.id, { unknownKey: 1 }, version)).json.error.fields).toEqual({ _: ["The request: unknown fields: unknownKey"] });
    const row = await testDb.cluster.findUniqueOrThrow({ where: { id: cluster.id } });
    expect(row.settingsVersion).toBe(version);
    expect(await testDb.operation.count({ where: { clusterId: cluster.id, kind: "cluster.settings-apply" } })).toBe(0);
    // Refused transitions are in the activity log with what was asked.
    const refused = await testDb.auditEvent.findFirstOrThrow({ where: { action: "cluster.settings.refused", after: { path: ["asked", "storageRedundancy", "to"], equals: "ZRS" } } });
    expect(refused.after).toMatchObject({ refusals: [expect.objectContaining({ key: "storageRedundancy", code: "redundancy_downgrade" })] });
  });

  it("If-Match: required for sessions, a stale version is 409 version_conflict", async () => {
    const { cluster, manager, version } = await prod();
    expect((await api.patch(manager, cluster.id, { aksTier: "Premium" })).status).toBe(428);
    expect((await api.patch(manager, cluster.id, { aksTier: "Premium" }, "garbage")).status).toBe(400);
    const first = await api.patch(manager, cluster.id, { aksTier: "Premium" }, version);
    expect(first.status).toBe(202);
    await waitForOperation(first.json.operationId);
    const stale = await api.patch(manager, cluster.id, { maxNodeCount: 8 }, version);
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "version_conflict", message: expect.stringContaining("Someone else changed the settings") });
  });

  it("concurrent PATCHes: exactly one 202, the other 409; a change while one runs is 409 operation_running", async () => {
    const { cluster, manager, version } = await prod();
    // No worker picks the operation up until the checks are done: it is queued, so it counts as running.
    await env.stopWorker();
    let winnerId = "";
    try {
      // Several at once: a loser must never take the winner's claim, whose operation may not be written yet, for a stale one.
      const results = await Promise.all([
        api.patch(manager, cluster.id, { maxNodeCount: 6 }, version),
        api.patch(manager, cluster.id, { maxNodeCount: 8 }, version),
        api.patch(manager, cluster.id, { grafanaAccess: "private" }, version),
        api.patch(manager, cluster.id, { maxNodeCount: 7 }, version),
        api.patch(manager, cluster.id, { maxNodeCount: 9 }, version),
        api.patch(manager, cluster.id, { aksTier: "Free" }, version),
      ]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([202, 409, 409, 409, 409, 409]);
      winnerId = results.find((r) => r.status === 202)!.json.operationId;
      const view = await api.get(manager, cluster.id);
      expect(view.json.runningOperationId).toBe(winnerId);
      const during = await api.patch(manager, cluster.id, { aksTier: "Free" }, view.json.version);
      expect(during.status).toBe(409);
      expect(during.json.error.code).toBe("operation_running");
      expect((await api.recover(manager, cluster.id)).status).toBe(409);
    } finally {
      await env.startWorker();
    }
    expect((await waitForOperation(winnerId)).status).toBe("SUCCEEDED");
    expect(await testDb.operation.count({ where: { clusterId: cluster.id, kind: "cluster.settings-apply" } })).toBe(1);
  });
});

describe("preview", () => {
  it("names the changes, the ARM properties, the disruption, the exposure move and refusals", async () => {
    const { cluster, manager } = await prod();
    const res = await api.preview(manager, cluster.id, { loadBalancer: "internal", nodeVmSize: "Standard_E4s_v5", storageTier: "P6" });
    expect(res.status).toBe(200);
    expect(res.json.changes).toEqual(expect.arrayContaining([{ key: "loadBalancer", from: "public", to: "internal" }]));
    const aks = res.json.resources.find((r: any) => r.component === "Kubernetes service");
    expect(aks).toMatchObject({ method: "PUT", properties: [{ path: "ingressProfile.webAppRouting.nginx.defaultIngressControllerType", from: "External", to: "Internal" }] });
    expect(aks.armId).toContain("/managedClusters/aks-mendix");
    const pool = res.json.resources.find((r: any) => r.component === "Kubernetes node pool");
    expect(pool.disruption).toContain("node by node");
    expect(res.json.networkMode).toMatchObject({ from: "A", to: "C", warnings: [expect.stringContaining("no longer reachable from the internet")] });
    expect(res.json.refusals).toEqual([expect.objectContaining({ key: "storageTier", code: "storage_shrink" })]);
    expect(res.json.canApply).toBe(false);
    expect((await testDb.cluster.findUniqueOrThrow({ where: { id: cluster.id } })).desiredSettings).toMatchObject({ loadBalancer: "public" });
  });
});

describe("the admins' settings policy", () => {
  it("platform admins only; a lock is read-only with its reason and refused with 403; hidden settings are left out; audited in the organisation's log", async () => {
    const admin = await actorFor(DEMO_USERS.admin);
    const contoso = await orgBySlug("contoso");
    for (const email of [DEMO_USERS.contosoOwner, DEMO_USERS.contosoManager, DEMO_USERS.support]) {
      const actor = await actorFor(email);
      expect((await api.getPolicy(actor, contoso.id)).status, email).toBe(403);
      expect((await api.putPolicy(actor, contoso.id, { settings: {} })).status, email).toBe(403);
    }
    expect((await api.putPolicy(admin, contoso.id, { settings: { loadBalancer: { mode: "locked" } } })).status).toBe(400);
    expect((await api.putPolicy(admin, contoso.id, { settings: { loadBalancer: { mode: "locked", reason: "a\u0000" } } })).status).toBe(400);
    expect((await api.putPolicy(admin, contoso.id, { settings: { nope: { mode: "hidden" } } })).status).toBe(400);
    expect((await api.getPolicy(admin, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const put = await api.putPolicy(admin, contoso.id, { settings: { loadBalancer: { mode: "locked", reason: "Exposure is managed by Contoso's network team." }, grafanaAccess: { mode: "editable" } } });
    expect(put.status).toBe(200);
    // An organisation's "editable" is kept: it opens up what the default locks.
    expect(put.json).toEqual({ settings: { loadBalancer: { mode: "locked", reason: "Exposure is managed by Contoso's network team." }, grafanaAccess: { mode: "editable" } } });
    expect((await api.getPolicy(admin, contoso.id)).json).toEqual(put.json);
    // The provider-wide default hides a setting everywhere.
    const defaults = await api.putPolicy(admin, "default", { settings: { customCaCertificate: { mode: "hidden" }, grafanaAccess: { mode: "locked", reason: "Observability is set by the provider." }, aksTier: { mode: "editable" } } });
    expect(defaults.status).toBe(200);
    // In the default, "editable" is the same as no rule.
    expect(defaults.json.settings).not.toHaveProperty("aksTier");

    const { cluster, manager, version } = await prod();
    const view = await api.get(manager, cluster.id);
    expect(view.json.settings.loadBalancer).toMatchObject({ editable: false, locked: true, reason: expect.stringContaining("network team") });
    expect(view.json.settings.customCaCertificate).toBeUndefined();
    expect(view.json.settings.grafanaAccess).toMatchObject({ editable: true });
    expect(view.json.settings.grafanaAccess.locked).toBeFalsy();
    expect(view.json.desired).not.toHaveProperty("customCaCertificate");
    const refused = await api.patch(manager, cluster.id, { loadBalancer: "internal" }, version);
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain("Exposure is managed by Contoso's network team.");
    expect((await api.patch(manager, cluster.id, { customCaCertificate: null, aksTier: "Premium" }, version)).status).toBe(202);

    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "settings-policy.update", orgId: contoso.id } });
    expect(audit).toMatchObject({ actorEmail: DEMO_USERS.admin, before: {}, after: { loadBalancer: { mode: "locked" } } });
    expect(await testDb.auditEvent.count({ where: { action: "settings-policy.update", orgId: null } })).toBe(1);
  });
});
