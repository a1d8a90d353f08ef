import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AzureClients } from "@/server/azure/client-factory";
import { LOCATION, startTestEmulator, type TestEmulator } from "./helpers";

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ provisionMs: 0, persistDelayMs: 100 });
});
afterAll(async () => {
  await t?.dispose();
});

async function initializeCluster(c: AzureClients, i: number): Promise<void> {
  const rg = `mrg-scale-${i}`;
  await c.resources.resourceGroups.createOrUpdate(rg, { location: LOCATION });
  const vnet = await c.network.virtualNetworks.createOrUpdate(
    rg,
    "vnet",
    { location: LOCATION, addressSpace: { addressPrefixes: ["10.0.0.0/16"] }, subnets: [{ name: "aks", addressPrefix: "10.0.0.0/20" }, { name: "pe", addressPrefix: "10.0.16.0/24" }] },
    c.lro,
  );
  const [aksSubnet, peSubnet] = vnet.subnets!;
  await Promise.all([
    (async () => {
      await c.containerService.managedClusters.createOrUpdate(
        rg,
        "aks",
        { location: LOCATION, agentPoolProfiles: [{ name: "system", mode: "System", count: 2, vmSize: "Standard_D4s_v5", vnetSubnetID: aksSubnet.id }] },
        c.lro,
      );
      await c.containerService.agentPools.createOrUpdate(rg, "aks", "apps", { count: 2, vmSize: "Standard_D8s_v5", vnetSubnetID: aksSubnet.id }, c.lro);
    })(),
    (async () => {
      const pg = await c.postgres.servers.beginCreateOrUpdateAndWait(rg, "pg", { location: LOCATION, administratorLogin: "mx", administratorLoginPassword: "pw" }, c.lro);
      await c.postgres.servers.beginCreateOrUpdateAndWait(rg, "pg-replica", { location: LOCATION, createMode: "Replica", sourceServerResourceId: pg.id }, c.lro);
      await c.network.privateEndpoints.createOrUpdate(rg, "pe-pg", { location: LOCATION, subnet: { id: peSubnet.id }, privateLinkServiceConnections: [{ name: "pg", privateLinkServiceId: pg.id, groupIds: ["postgresqlServer"] }] }, c.lro);
    })(),
    c.storage.storageAccounts.create(rg, `sa${i}scale`, { location: LOCATION, kind: "StorageV2", sku: { name: "Standard_LRS" } }, c.lro),
    c.containerRegistry.registries.create(rg, `acr${i}scale`, { location: LOCATION, sku: { name: "Premium" } }, c.lro),
    c.dashboard.grafana.beginCreateAndWait(rg, "grafana", { location: LOCATION }, c.lro),
    c.monitorAccounts.createOrUpdate(rg, "amw", { location: LOCATION }),
    c.operationalInsights.workspaces.createOrUpdate(rg, "law", { location: LOCATION }, c.lro),
    (async () => {
      await c.privateDns.privateZones.createOrUpdate(rg, "privatelink.postgres.database.azure.com", { location: "global" }, c.lro);
      await c.privateDns.virtualNetworkLinks.createOrUpdate(rg, "privatelink.postgres.database.azure.com", "link", { location: "global", virtualNetwork: { id: vnet.id } }, c.lro);
    })(),
  ]);
}

describe("scale", () => {
  it("initializes 50 clusters x 22 resources concurrently, every one Succeeded (provisionMs 0)", async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => initializeCluster(t.clients, i)));
    const resources = await t.admin.resources();
    // per cluster: RG, vnet, 2 subnets, AKS, 2 pools, pg, replica, PE, storage, ACR, grafana, AMW, LAW, DNS zone, link = 17,
    // AKS's node resource group = 18 (no ingress add-on here, so no load balancer in it),
    // and each PostgreSQL server's two TLS parameters (configurations, which have no provisioning state) = 22
    expect(resources.count).toBe(50 * 22);
    const provisioned = resources.resources.filter((r) => !r.id.toLowerCase().includes("/configurations/"));
    expect(provisioned.length).toBe(50 * 18);
    expect(provisioned.every((r) => r.provisioningState === "Succeeded")).toBe(true);
    // Every cluster's resources are in place; how fast is for the benchmarks (bench/), not this test.
    expect(new Set(resources.resources.map((r) => r.id.toLowerCase())).size).toBe(50 * 22);
  });
});
