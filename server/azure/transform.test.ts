import { describe, expect, it } from "vitest";
import { DEFAULT_CLUSTER_SETTINGS, ZClusterSettings } from "@/lib/cluster-settings";
import { aksBody, backupStorageAccountBody, backupStorageName, comparable, differences, grafanaBody, haSettingOf, networkPlan, plannedComponents, postgresBody, redundancyOfSku, replicaBody, resourceCondition, componentStateOf, storageAccountBody, storageSkuName, virtualNetworkBody, type ClusterPlan } from "./transform";

const plan = (settings = {}): ClusterPlan => ({
  subscriptionId: "sub-1",
  resourceGroup: "mrg-c1",
  location: "westeurope",
  clusterName: "c1",
  settings: ZClusterSettings.parse(settings),
});

describe("network plan", () => {
  it("uses the node CIDR as the node subnet and fits a private endpoint subnet in the other half", () => {
    expect(networkPlan("192.168.0.0/22")).toEqual({ vnetPrefix: "192.168.0.0/21", nodeSubnet: "192.168.0.0/22", privateEndpointSubnet: "192.168.4.0/27", serviceCidr: "10.0.0.0/16", dnsServiceIP: "10.0.0.10" });
    expect(networkPlan("192.168.4.0/22")).toMatchObject({ vnetPrefix: "192.168.0.0/21", privateEndpointSubnet: "192.168.0.0/27" });
  });
  it("moves the service range away from a VNet in 10.0.0.0/16", () => {
    expect(networkPlan("10.0.8.0/24")).toMatchObject({ serviceCidr: "172.16.0.0/16", dnsServiceIP: "172.16.0.10" });
  });
});

describe("request bodies", () => {
  it("puts the custom tags on every resource", () => {
    const p = plan({ tags: { team: "a" } });
    for (const body of [virtualNetworkBody(p), postgresBody(p), aksBody(p), grafanaBody(p), replicaBody(p)]) expect(body.tags).toEqual({ team: "a", "mendix-cluster": "c1" });
  });
  it("AKS: tier, VM size, autoscaling 1..max, node subnet, app routing with the load balancer kind", () => {
    const body = aksBody(plan({ aksTier: "Premium", nodeVmSize: "Standard_E4s_v5", maxNodeCount: 9, loadBalancer: "internal" }));
    expect(body.sku).toEqual({ name: "Base", tier: "Premium" });
    expect(body.agentPoolProfiles[0]).toMatchObject({ mode: "System", vmSize: "Standard_E4s_v5", enableAutoScaling: true, minCount: 1, maxCount: 9, count: 1 });
    expect(body.agentPoolProfiles[0].vnetSubnetID).toBe("/subscriptions/sub-1/resourceGroups/mrg-c1/providers/Microsoft.Network/virtualNetworks/vnet-mendix/subnets/snet-aks");
    expect(body.ingressProfile.webAppRouting).toEqual({ enabled: true, nginx: { defaultIngressControllerType: "Internal" } });
    expect(aksBody(plan()).ingressProfile.webAppRouting.nginx.defaultIngressControllerType).toBe("External");
    // keeps the autoscaler's node count within the bounds
    expect(aksBody(plan({ maxNodeCount: 4 }), 7).agentPoolProfiles[0].count).toBe(4);
  });
  it("PostgreSQL: SKU, tier, storage size of the performance tier, no password; replica in Replica mode", () => {
    const body = postgresBody(plan({ postgresTier: "MemoryOptimized", postgresSku: "Standard_E2ds_v5", storageTier: "P30" }));
    expect(body.sku).toEqual({ name: "Standard_E2ds_v5", tier: "MemoryOptimized" });
    expect(body.storage).toEqual({ storageSizeGB: 1024, tier: "P30" });
    expect(JSON.stringify(body)).not.toMatch(/password"\s*:\s*"/i);
    expect(replicaBody(plan())).toMatchObject({ createMode: "Replica", sourceServerResourceId: "/subscriptions/sub-1/resourceGroups/mrg-c1/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-c1" });
  });
  it("Grafana public or private", () => {
    expect(grafanaBody(plan()).properties.publicNetworkAccess).toBe("Enabled");
    expect(grafanaBody(plan({ grafanaAccess: "private" })).properties.publicNetworkAccess).toBe("Disabled");
  });
  it("plans the replica only when asked", () => {
    expect(plannedComponents(DEFAULT_CLUSTER_SETTINGS)).not.toContain("REPLICA");
    expect(plannedComponents(ZClusterSettings.parse({ readReplica: true }))).toContain("REPLICA");
  });
});

describe("desired vs actual", () => {
  it("accepts extra fields Azure adds, ignores write-only fields, matches named arrays by name", () => {
    const desired = comparable(aksBody(plan()));
    const actual = { ...aksBody(plan()), provisioningState: "Succeeded", agentPoolProfiles: [{ ...aksBody(plan()).agentPoolProfiles[0], count: 3, nodeImageVersion: "x" }], location: "West Europe" };
    expect(differences(desired, actual)).toEqual([]);
    const vnet = virtualNetworkBody(plan());
    expect(differences(comparable(vnet), { ...vnet, subnets: [...vnet.subnets].reverse() })).toEqual([]);
  });
  it("finds changed settings and removed or added tags", () => {
    const desired = comparable(aksBody(plan({ maxNodeCount: 8 })));
    const actual = aksBody(plan());
    expect(differences(desired, actual)).toEqual(["agentPoolProfiles[system].maxCount"]);
    expect(differences({ tags: { a: "1" } }, { tags: { a: "1", b: "2" } })).toEqual(["tags"]);
    expect(differences({ tags: { a: "1" } }, { tags: {} })).toEqual(["tags"]);
  });
  it("turns provisioning states into component states", () => {
    expect(resourceCondition({ provisioningState: "Succeeded" })).toBe("ready");
    expect(resourceCondition({ state: "Ready" })).toBe("ready");
    expect(resourceCondition({ provisioningState: "Creating" })).toBe("busy");
    expect(resourceCondition({ properties: { provisioningState: "Updating" } })).toBe("busy");
    expect(resourceCondition({ provisioningState: "Failed" })).toBe("failed");
    expect(resourceCondition({ state: "Disabled" })).toBe("failed");
    expect(componentStateOf("busy")).toBe("PROVISIONING");
    expect(componentStateOf("missing")).toBe("PENDING");
  });
});

describe("customization settings in the request bodies", () => {
  it("storage accounts: sku.name from the redundancy, the backups' account from its own", () => {
    const p = plan({ storageRedundancy: "RA-GZRS", backupStorageRedundancy: "GRS" });
    expect(storageAccountBody(p).sku).toEqual({ name: "Standard_RAGZRS" });
    expect(backupStorageAccountBody(p).sku).toEqual({ name: "Standard_GRS" });
    expect(backupStorageAccountBody(p).tags).toEqual({ "mendix-cluster": "c1" });
    expect(backupStorageName(plan())).toBe("stbkc1");
    for (const r of ["LRS", "ZRS", "GRS", "RA-GRS", "GZRS", "RA-GZRS"] as const) expect(redundancyOfSku(storageSkuName(r))).toBe(r);
    expect(redundancyOfSku("Premium_LRS")).toBe("LRS");
    expect(redundancyOfSku("Standard_XYZ")).toBeNull();
  });
  it("PostgreSQL high availability mode (Off is Disabled)", () => {
    expect(postgresBody(plan()).highAvailability).toEqual({ mode: "Disabled" });
    expect(postgresBody(plan({ databaseHighAvailability: "ZoneRedundant" })).highAvailability).toEqual({ mode: "ZoneRedundant" });
    expect(haSettingOf("SameZone")).toBe("SameZone");
    expect(haSettingOf(undefined)).toBe("Off");
  });
  it("AKS: zones, isolation (outbound none + artifact cache), custom CA", () => {
    const open = aksBody(plan());
    expect(open.agentPoolProfiles[0].availabilityZones).toBeUndefined();
    expect(open.networkProfile.outboundType).toBe("loadBalancer");
    expect(open.bootstrapProfile).toEqual({ artifactSource: "Direct" });
    expect(open.securityProfile).toBeUndefined();
    const pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";
    const closed = aksBody(plan({ zoneRedundant: true, networkIsolated: true, customCaCertificate: pem }));
    expect(closed.agentPoolProfiles[0].availabilityZones).toEqual(["1", "2", "3"]);
    expect(closed.networkProfile.outboundType).toBe("none");
    expect(closed.bootstrapProfile).toEqual({ artifactSource: "Cache" });
    expect(new TextDecoder().decode(closed.securityProfile!.customCATrustCertificates[0])).toBe(pem + "\n");
    expect(closed.tags).toEqual({ "mendix-cluster": "c1" });
  });
});
