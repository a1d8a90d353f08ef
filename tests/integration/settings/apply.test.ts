import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { detectDrift } from "@/server/domain/settings/detect-drift";
import { initializeCluster } from "@/server/domain/clusters/initialize-cluster";
import { settingsDriftJob } from "@/server/jobs/settings-drift";
import { actorFor, clusterByName, DEMO_USERS, resourcesIn, testDb, waitForOperation, type AzureTestEnv } from "../azure/helpers";
import { api, CONTOSO_SUB, resetSettingsEnv, startSettingsEnv } from "./helpers";
import { createDataPlane } from "@/server/environments/data-plane";

// Settings reach their ARM properties through the real SDK clients and the emulator; a failure
// keeps the applied settings; drift is found and Recover puts Azure back.

const PEM = fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/certificates/test-ca.pem"), "utf8");
const RG = "mrg-contoso-prod";

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startSettingsEnv();
});
afterAll(async () => env?.dispose());
beforeEach(async () => resetSettingsEnv(env));

const clients = () => env.gateway.clientsFor(CONTOSO_SUB);

async function patchAndWait(body: Record<string, unknown>) {
  const manager = await actorFor(DEMO_USERS.contosoManager);
  const cluster = await clusterByName("contoso-prod");
  const view = await api.get(manager, cluster.id);
  expect(view.status).toBe(200);
  const res = await api.patch(manager, cluster.id, body, view.json.version);
  expect(res.status, JSON.stringify(res.json)).toBe(202);
  const operation = await waitForOperation(res.json.operationId);
  return { manager, cluster, operation };
}

describe("applying settings", () => {
  it("every setting lands in its ARM property, only changed properties are written, audited from → to", async () => {
    await env.admin.resetRequests();
    const { operation, cluster, manager } = await patchAndWait({
      tags: { costCenter: "contoso", team: "platform" },
      aksTier: "Premium",
      nodeVmSize: "Standard_E4s_v5",
      maxNodeCount: 7,
      loadBalancer: "internal",
      zoneRedundant: true,
      databaseHighAvailability: "ZoneRedundant",
      storageRedundancy: "GRS",
      backupStorageRedundancy: "RA-GRS",
      postgresTier: "MemoryOptimized",
      postgresSku: "Standard_E4ds_v5",
      storageTier: "P20",
      readReplica: true,
      grafanaAccess: "private",
      customCaCertificate: PEM,
    });
    expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
    const c = clients();
    const aks = await c.containerService.managedClusters.get(RG, "aks-mendix");
    expect(aks.sku?.tier).toBe("Premium");
    expect(aks.ingressProfile?.webAppRouting?.nginx?.defaultIngressControllerType).toBe("Internal");
    expect(new TextDecoder().decode(aks.securityProfile!.customCATrustCertificates![0]).trim()).toBe(PEM.trim());
    const pool = await c.containerService.agentPools.get(RG, "aks-mendix", "system");
    expect(pool).toMatchObject({ vmSize: "Standard_E4s_v5", maxCount: 7, availabilityZones: ["1", "2", "3"] });
    const pg = await c.postgres.servers.get(RG, "psql-contoso-prod");
    expect(pg.sku).toEqual({ name: "Standard_E4ds_v5", tier: "MemoryOptimized" });
    expect(pg.storage).toMatchObject({ tier: "P20", storageSizeGB: 512 });
    expect(pg.highAvailability?.mode).toBe("ZoneRedundant");
    const replica = await c.postgres.servers.get(RG, "psql-contoso-prod-replica");
    expect(replica.replicationRole).toBe("AsyncReplica");
    expect((await c.storage.storageAccounts.getProperties(RG, "stcontosoprod")).sku?.name).toBe("Standard_GRS");
    expect((await c.storage.storageAccounts.getProperties(RG, "stbkcontosoprod")).sku?.name).toBe("Standard_RAGRS");
    expect((await c.dashboard.grafana.get(RG, "grafana-contoso-prod")).properties?.publicNetworkAccess).toBe("Disabled");
    // Tags on every resource of the managed resource group (Azure keeps none on pools, subnets, server parameters and maintenance windows).
    const untagged = ["/agentPools", "/subnets", "/configurations", "/maintenanceConfigurations"];
    for (const r of (await resourcesIn(env.admin, RG)).resources.filter((r) => !untagged.some((type) => r.type.includes(type)))) {
      const tags = (await c.resources.resources.getById(r.id, apiVersionOf(r.type))).tags;
      expect(tags, r.id).toMatchObject({ team: "platform", "mendix-cluster": "contoso-prod" });
    }
    const counts = (await env.admin.requests()).counts;
    expect(counts["PATCH Microsoft.Storage/storageAccounts"]).toBe(2);
    expect(counts["PUT Microsoft.Storage/storageAccounts"]).toBeUndefined();
    expect(counts["PATCH Microsoft.DBforPostgreSQL/flexibleServers"]).toBeGreaterThanOrEqual(1);
    expect(counts["PUT Microsoft.ContainerService/managedClusters/agentPools"]).toBe(1);

    const after = await testDb.cluster.findUniqueOrThrow({ where: { id: cluster.id } });
    expect(after.actualSettings).toEqual(after.desiredSettings);
    expect(after.settingsOperationId).toBeNull();
    const view = await api.get(manager, cluster.id);
    expect(view.json.networkMode).toBe("C");
    expect(view.json.customCa.subject).toContain("Contoso Proxy CA");
    expect(Object.values(view.json.settings).every((s: any) => !s.pending)).toBe(true);
    const applied = await testDb.auditEvent.findFirstOrThrow({ where: { action: "cluster.settings.applied", targetId: cluster.id } });
    expect(applied).toMatchObject({ actorEmail: DEMO_USERS.contosoManager, outcome: "SUCCESS" });
    expect(applied.before).toMatchObject({ aksTier: "Standard", storageRedundancy: "LRS", customCaCertificate: null });
    expect(applied.after).toMatchObject({ aksTier: "Premium", storageRedundancy: "GRS", operationId: operation.id, customCaCertificate: { fingerprint256: expect.any(String) } });
    expect(JSON.stringify(applied.after)).not.toContain("BEGIN CERTIFICATE");
  });

  it("an ARM failure leaves the applied settings unchanged and names the resource and property; retry and revert", async () => {
    await env.admin.addFault({ kind: "provisioningFailure", resourceType: "Microsoft.DBforPostgreSQL/flexibleServers", operations: ["update"], code: "SkuNotAvailable", message: "The SKU Standard_D4ds_v5 is not available in this region.", times: 1 });
    const { operation, cluster, manager } = await patchAndWait({ postgresSku: "Standard_D4ds_v5", grafanaAccess: "private" });
    expect(operation.status).toBe("FAILED");
    expect(operation.error).toMatchObject({ code: "SkuNotAvailable" });
    const row = await testDb.cluster.findUniqueOrThrow({ where: { id: cluster.id } });
    expect(row.actualSettings).toMatchObject({ postgresSku: "Standard_D2ds_v5", grafanaAccess: "public" });
    expect(row.desiredSettings).toMatchObject({ postgresSku: "Standard_D4ds_v5" });
    expect(row.settingsFailure).toMatchObject({ operationId: operation.id, resource: "PostgreSQL flexible server", property: "sku.name", code: "SkuNotAvailable" });
    const view = await api.get(manager, cluster.id);
    expect(view.json.lastFailure).toMatchObject({ resource: "PostgreSQL flexible server", property: "sku.name", code: "SkuNotAvailable" });
    expect(view.json.settings.postgresSku.pending).toBe(true);
    expect(await testDb.auditEvent.count({ where: { action: "cluster.settings.applied", outcome: "FAILURE", targetId: cluster.id } })).toBe(1);

    // Revert: desired back to applied, no Azure call.
    await env.admin.resetRequests();
    const reverted = await api.revert(manager, cluster.id);
    expect(reverted.status).toBe(200);
    expect(reverted.json.desired.postgresSku).toBe("Standard_D2ds_v5");
    expect(reverted.json.lastFailure).toBeNull();
    expect(Object.keys((await env.admin.requests()).counts).filter((k) => !k.startsWith("GET"))).toEqual([]);

    // Retry: the same change again now that Azure accepts it.
    const retry = await patchAndWait({ postgresSku: "Standard_D4ds_v5" });
    expect(retry.operation.status).toBe("SUCCEEDED");
    expect((await clients().postgres.servers.get(RG, "psql-contoso-prod")).sku?.name).toBe("Standard_D4ds_v5");
  });

  it("drift is detected (recorded in the activity log) and Recover re-applies the desired state", async () => {
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const cluster = await clusterByName("contoso-prod");
    const aksId = `/subscriptions/${CONTOSO_SUB}/resourceGroups/${RG}/providers/Microsoft.ContainerService/managedClusters/aks-mendix`;
    await env.admin.drift(aksId, { tags: { addedInPortal: "yes" } });
    await env.admin.drift(`${aksId}/agentPools/system`, { properties: { maxCount: 9 } });
    await detectDrift(testDb, env.gateway, cluster.id, "schedule");
    const view = await api.get(manager, cluster.id);
    expect(view.json.settings.maxNodeCount.drift).toMatchObject({ azureValue: 9 });
    expect(view.json.settings.tags.drift.azureValue).toMatchObject({ addedInPortal: "yes" });
    expect(view.json.settings.aksTier.drift).toBeNull();
    expect(view.json.driftedComponents).toEqual(
      expect.arrayContaining([
        { component: "Kubernetes service", missing: false, properties: ["tags"] },
        { component: "Kubernetes node pool", missing: false, properties: ["maxCount"] },
      ]),
    );
    const logged = await testDb.auditEvent.findFirstOrThrow({ where: { action: "cluster.settings.drift-detected", targetId: cluster.id } });
    expect(logged.actorKind).toBe("SYSTEM");
    expect(logged.after).toMatchObject({ azure: { maxNodeCount: 9 }, source: "schedule" });

    const res = await api.recover(manager, cluster.id);
    expect(res.status).toBe(202);
    const operation = await waitForOperation(res.json.operationId);
    expect(operation.kind).toBe("cluster.recover");
    expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
    const c = clients();
    expect((await c.containerService.agentPools.get(RG, "aks-mendix", "system")).maxCount).toBe(5);
    expect((await c.containerService.managedClusters.get(RG, "aks-mendix")).tags).toEqual({ costCenter: "contoso", "mendix-cluster": "contoso-prod" });
    const steps = operation.steps as { name: string; status: string }[];
    expect(steps.map((s) => s.name)).toEqual(expect.arrayContaining(["Kubernetes service", "Kubernetes node pool"]));
    expect(steps.map((s) => s.name)).not.toContain("PostgreSQL flexible server");
    expect(await testDb.auditEvent.count({ where: { action: "cluster.recover.finished", targetId: cluster.id, outcome: "SUCCESS" } })).toBe(1);
    const cleared = await api.get(manager, cluster.id);
    expect(cleared.json.settings.maxNodeCount.drift).toBeNull();

    // A change ARM cannot undo (replication scaled up in the portal): Recover fails naming resource and property.
    await env.admin.drift(`/subscriptions/${CONTOSO_SUB}/resourceGroups/${RG}/providers/Microsoft.Storage/storageAccounts/stcontosoprod`, { sku: { name: "Standard_RAGRS" } });
    await detectDrift(testDb, env.gateway, cluster.id, "refresh");
    expect((await api.get(manager, cluster.id)).json.settings.storageRedundancy.drift).toMatchObject({ azureValue: "RA-GRS" });
    const again = await waitForOperation((await api.recover(manager, cluster.id)).json.operationId);
    expect(again.status).toBe("FAILED");
    expect(again.error).toMatchObject({ code: "StorageAccountSkuChangeNotAllowed" });
    const row = await testDb.cluster.findUniqueOrThrow({ where: { id: cluster.id } });
    expect(row.settingsFailure).toMatchObject({ resource: "Storage account", property: "sku.name", code: "StorageAccountSkuChangeNotAllowed" });
    expect(row.actualSettings).toMatchObject({ storageRedundancy: "LRS" });
  });

  it("the periodic job finds drift once and records it once", async () => {
    const cluster = await clusterByName("contoso-prod");
    const grafanaId = `/subscriptions/${CONTOSO_SUB}/resourceGroups/${RG}/providers/Microsoft.Dashboard/grafana/grafana-contoso-prod`;
    await env.admin.drift(grafanaId, { properties: { publicNetworkAccess: "Disabled" } });
    const ctx = { db: testDb, azure: env.gateway, dataPlane: createDataPlane({ mode: "local", gateway: env.gateway, adminUrl: process.env.TEST_PG_ADMIN_URL! }), log: () => undefined };
    await settingsDriftJob.handle(ctx, {});
    await settingsDriftJob.handle(ctx, {});
    const events = await testDb.auditEvent.findMany({ where: { action: "cluster.settings.drift-detected", targetId: cluster.id } });
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ azure: { grafanaAccess: "private" }, source: "schedule" });
    expect(events[0].before).toMatchObject({ grafanaAccess: "public" });
    const row = await testDb.cluster.findUniqueOrThrow({ where: { id: cluster.id } });
    expect(row.driftCheckedAt).not.toBeNull();
    // The other initialized cluster was checked too and has no drift.
    const other = await clusterByName("fabrikam-main");
    expect(other.driftCheckedAt).not.toBeNull();
    expect(other.settingsDrift).toBeNull();
  });

  it("initialization writes the new fields: isolation, zones, redundancy, HA, custom CA", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-dev");
    const settings = { networkIsolated: true, zoneRedundant: true, storageRedundancy: "ZRS", backupStorageRedundancy: "GZRS", databaseHighAvailability: "SameZone", customCaCertificate: PEM, tags: { team: "data" } };
    const operation = await initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, settings);
    expect((await waitForOperation(operation.id)).status).toBe("SUCCEEDED");
    const rg = "mrg-contoso-dev";
    const c = clients();
    const aks = await c.containerService.managedClusters.get(rg, "aks-mendix");
    expect(aks.networkProfile?.outboundType).toBe("none");
    expect(aks.bootstrapProfile?.artifactSource).toBe("Cache");
    expect(aks.securityProfile?.customCATrustCertificates).toHaveLength(1);
    expect((await c.containerService.agentPools.get(rg, "aks-mendix", "system")).availabilityZones).toEqual(["1", "2", "3"]);
    expect((await c.storage.storageAccounts.getProperties(rg, "stcontosodev")).sku?.name).toBe("Standard_ZRS");
    expect((await c.storage.storageAccounts.getProperties(rg, "stbkcontosodev")).sku?.name).toBe("Standard_GZRS");
    expect((await c.postgres.servers.get(rg, "psql-contoso-dev")).highAvailability?.mode).toBe("SameZone");
    const row = await testDb.cluster.findUniqueOrThrow({ where: { id: cluster.id } });
    expect(row.initialSettings).toEqual({ nodeCidr: "192.168.0.0/22", networkIsolated: true });
    // Isolation is fixed after initialization.
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const view = await api.get(manager, cluster.id);
    expect(view.json.networkMode).toBe("B");
    expect(view.json.settings.networkIsolated).toMatchObject({ editable: false, reason: "Fixed at initialization." });
  });

  it("initialization refuses confidential VM sizes, reserved node ranges and a leaf certificate", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-dev");
    const leaf = fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/certificates/test-leaf.pem"), "utf8");
    await expect(initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, { nodeVmSize: "Standard_DC4s_v3", nodeCidr: "10.244.0.0/22", customCaCertificate: leaf })).rejects.toMatchObject({
      code: "invalid_input",
      fields: { nodeVmSize: [expect.stringContaining("confidential")], nodeCidr: [expect.stringContaining("10.244.0.0/16")], customCaCertificate: [expect.stringContaining("not a CA")] },
    });
    expect((await clusterByName("contoso-dev")).status).toBe("READY_TO_INITIALIZE");
  });
});

function apiVersionOf(type: string): string {
  const versions: Record<string, string> = {
    "Microsoft.Network/virtualNetworks": "2024-05-01",
    "Microsoft.OperationalInsights/workspaces": "2023-09-01",
    "Microsoft.Monitor/accounts": "2023-04-03",
    "Microsoft.Storage/storageAccounts": "2024-01-01",
    "Microsoft.ContainerRegistry/registries": "2023-07-01",
    "Microsoft.DBforPostgreSQL/flexibleServers": "2024-08-01",
    "Microsoft.Network/privateEndpoints": "2024-05-01",
    "Microsoft.Network/privateDnsZones": "2024-06-01",
    "Microsoft.Network/privateDnsZones/virtualNetworkLinks": "2024-06-01",
    "Microsoft.ContainerService/managedClusters": "2025-07-01",
    "Microsoft.Dashboard/grafana": "2023-09-01",
    "Microsoft.Resources/resourceGroups": "2024-03-01",
  };
  return versions[type] ?? "2024-01-01";
}
