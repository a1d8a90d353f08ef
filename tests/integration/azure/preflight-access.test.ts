import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { initializeCluster } from "@/server/domain/clusters/initialize-cluster";
import { rerunInitialization } from "@/server/domain/clusters/rerun-initialization";
import { runPreflight } from "@/server/domain/clusters/run-preflight";
import { actorFor, clusterByName, DEMO_USERS, resetAll, startAzureTestEnv, testDb, type AzureTestEnv } from "./helpers";

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startAzureTestEnv();
});
afterAll(async () => env?.dispose());
beforeEach(async () => resetAll(env));

async function snapshot() {
  const [clusters, operations, audits, components] = await Promise.all([
    testDb.cluster.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, desiredSettings: true, rerunCount: true } }),
    testDb.operation.count(),
    testDb.auditEvent.count({ where: { action: { in: ["cluster.initialize", "cluster.rerun"] } } }),
    testDb.clusterComponent.count(),
  ]);
  return { clusters, operations, audits, components, resources: (await env.admin.resources()).count };
}

describe("pre-flight checks", () => {
  it("all Done for the Contoso owner, with the region's VM sizes", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const result = await runPreflight(testDb, env.gateway, owner, (await clusterByName("contoso-dev")).id, {});
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([["providers", "done"], ["vmSize", "done"], ["owner", "done"], ["entitlement", "done"]]);
    expect(result.ok).toBe(true);
    expect(result.vmSizes).toContain("Standard_D4s_v5");
  });

  it("reports each failure with a fix hint, and Initialize is refused with nothing changed", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-dev");
    await env.admin.setProviderState("Microsoft.Dashboard", "NotRegistered");
    await env.admin.clearRoleAssignments();
    await testDb.organization.update({ where: { slug: "contoso" }, data: { cloudTokens: 20, trialEndsAt: null } });

    const result = await runPreflight(testDb, env.gateway, owner, cluster.id, { nodeVmSize: "Standard_M128s" });
    const byId = Object.fromEntries(result.checks.map((c) => [c.id, c]));
    expect(result.ok).toBe(false);
    expect(byId.providers).toMatchObject({ status: "failed", action: "registerProviders" });
    expect(byId.providers.message).toContain("Microsoft.Dashboard");
    expect(byId.providers.fixHint).toBe("Register it: az provider register --namespace Microsoft.Dashboard");
    expect(byId.vmSize).toMatchObject({ status: "failed", message: "Standard_M128s is not offered in westeurope." });
    expect(byId.owner.status).toBe("failed");
    expect(byId.owner.fixHint).toContain("--role Owner --scope /subscriptions/");
    expect(byId.entitlement.status).toBe("failed");
    expect(byId.entitlement.message).toContain("56 needed"); // 3 running environments + the first of this cluster, 14 each

    const before = await snapshot();
    await expect(initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, {})).rejects.toMatchObject({ code: "conflict" });
    expect(await snapshot()).toEqual(before);

    // The Register action fixes the providers check.
    const registered = await runPreflight(testDb, env.gateway, owner, cluster.id, { registerProviders: true });
    expect(registered.checks.find((c) => c.id === "providers")?.status).toBe("done");
  });

  it("a restricted VM size fails with the restriction reason", async () => {
    const owner = await actorFor(DEMO_USERS.fabrikamOwner);
    await testDb.cluster.update({ where: { id: (await clusterByName("fabrikam-sandbox")).id }, data: { region: "uksouth" } });
    const result = await runPreflight(testDb, env.gateway, owner, (await clusterByName("fabrikam-sandbox")).id, { nodeVmSize: "Standard_D8s_v5" });
    expect(result.checks.find((c) => c.id === "vmSize")).toMatchObject({ status: "failed", message: expect.stringContaining("NotAvailableForSubscription") });
    expect(result.vmSizes).not.toContain("Standard_D8s_v5");
  });
});

describe("who may initialize", () => {
  it("a manager gets 403; a member, who cannot see such clusters, and another organisation's owner 404; nothing changes", async () => {
    const dev = await clusterByName("contoso-dev");
    const failed = await clusterByName("contoso-analytics");
    const before = await snapshot();
    const manager = await actorFor(DEMO_USERS.contosoManager);
    await expect(initializeCluster(testDb, env.boss, env.gateway, manager, dev.id, {})).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(rerunInitialization(testDb, env.boss, manager, failed.id)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(runPreflight(testDb, env.gateway, manager, dev.id, {})).rejects.toMatchObject({ code: "forbidden" });
    const member = await actorFor(DEMO_USERS.contosoMember);
    await expect(initializeCluster(testDb, env.boss, env.gateway, member, dev.id, {})).rejects.toMatchObject({ code: "not_found", status: 404 });
    await expect(rerunInitialization(testDb, env.boss, member, failed.id)).rejects.toMatchObject({ code: "not_found", status: 404 });
    await expect(runPreflight(testDb, env.gateway, member, dev.id, {})).rejects.toMatchObject({ code: "not_found" });
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    await expect(initializeCluster(testDb, env.boss, env.gateway, fabrikam, dev.id, {})).rejects.toMatchObject({ code: "not_found", status: 404 });
    await expect(rerunInitialization(testDb, env.boss, fabrikam, failed.id)).rejects.toMatchObject({ code: "not_found", status: 404 });
    await expect(runPreflight(testDb, env.gateway, fabrikam, dev.id, {})).rejects.toMatchObject({ code: "not_found" });
    await expect(initializeCluster(testDb, env.boss, env.gateway, fabrikam, "not-a-uuid", {})).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot()).toEqual(before);
  });

  it("bad input is refused with field errors and nothing changes", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const dev = await clusterByName("contoso-dev");
    const before = await snapshot();
    const error = await initializeCluster(testDb, env.boss, env.gateway, owner, dev.id, {
      tags: { "bad/name": "x" },
      aksTier: "Gold",
      maxNodeCount: 500,
      nodeCidr: "192.168.0.1/22",
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "invalid_input", status: 400 });
    expect(Object.keys(error.fields).sort()).toEqual(["aksTier", "maxNodeCount", "nodeCidr", "tags.bad/name"].sort());
    // The same sentences as the wizard shows (decision 0035), in the person's chosen language.
    expect(error.fields["tags.bad/name"]).toEqual(["Custom tags: a name cannot contain < > % & \\ ? /"]);
    expect(error.fields.maxNodeCount).toEqual(["Maximum node count: may be at most 100"]);
    const inJapanese = await initializeCluster(testDb, env.boss, env.gateway, { ...owner, locale: "ja" }, dev.id, { maxNodeCount: 2 }).catch((e) => e);
    expect(inJapanese.fields).toEqual({ maxNodeCount: ["最大ノード数: 3 以上にしてください"] });
    const crossField = await initializeCluster(testDb, env.boss, env.gateway, owner, dev.id, { postgresTier: "Burstable", postgresSku: "Standard_D2ds_v5", readReplica: true }).catch((e) => e);
    expect(crossField).toMatchObject({ code: "invalid_input" });
    expect(Object.keys(crossField.fields).sort()).toEqual(["postgresSku", "readReplica"]);
    expect(crossField.fields.readReplica[0]).toContain("General Purpose");
    expect(await snapshot()).toEqual(before);
  });

  it("Rerun only on Failed clusters, Initialize only on clusters ready for it", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    await expect(rerunInitialization(testDb, env.boss, owner, (await clusterByName("contoso-dev")).id)).rejects.toMatchObject({ code: "conflict", status: 409 });
    await expect(initializeCluster(testDb, env.boss, env.gateway, owner, (await clusterByName("contoso-prod")).id, {})).rejects.toMatchObject({ code: "conflict", status: 409 });
    await expect(initializeCluster(testDb, env.boss, env.gateway, owner, (await clusterByName("contoso-analytics")).id, {})).rejects.toMatchObject({ code: "conflict", status: 409 });
  });
});
