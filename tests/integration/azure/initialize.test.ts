import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CLUSTER_SETTINGS } from "@/lib/cluster-settings";
import { initializeCluster } from "@/server/domain/clusters/initialize-cluster";
import { planFor, reconcileAzure } from "@/server/domain/clusters/reconcile-cluster";
import { actorFor, clusterByName, clusterState, CONTOSO_SUB, DEMO_USERS, FABRIKAM_SUB, resetAll, resourcesIn, startAzureTestEnv, testDb, waitForOperation, type AzureTestEnv } from "./helpers";

// Full initialization through the use case, pg-boss, a real worker and the SDK clients against
// the ARM emulator: defaults, then every option.

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startAzureTestEnv();
});
afterAll(async () => env?.dispose());
beforeEach(async () => resetAll(env));

const EXPECTED_TYPES = {
  "Microsoft.Resources/resourceGroups": 1,
  "Microsoft.Network/virtualNetworks": 1,
  "Microsoft.Network/virtualNetworks/subnets": 2,
  "Microsoft.OperationalInsights/workspaces": 1,
  "Microsoft.Monitor/accounts": 1,
  "Microsoft.Storage/storageAccounts": 2, // files and backups
  "Microsoft.ContainerRegistry/registries": 1,
  "Microsoft.DBforPostgreSQL/flexibleServers": 1,
  "Microsoft.DBforPostgreSQL/flexibleServers/configurations": 2, // the TLS parameters the compliance page reads
  "Microsoft.Network/privateEndpoints": 1,
  "Microsoft.Network/privateDnsZones": 1,
  "Microsoft.Network/privateDnsZones/virtualNetworkLinks": 1,
  "Microsoft.ContainerService/managedClusters": 1,
  "Microsoft.ContainerService/managedClusters/agentPools": 1,
  "Microsoft.ContainerService/managedClusters/maintenanceConfigurations": 1,
  "Microsoft.Dashboard/grafana": 1,
  "Microsoft.AlertsManagement/prometheusRuleGroups": 3, // the default alert rules: apps, nodes, PostgreSQL
};

describe("cluster initialization", () => {
  it("initializes contoso-dev with every default", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-dev");
    const operation = await initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, {});
    expect((await clusterByName("contoso-dev")).status).toBe("INITIALIZING");

    const finished = await waitForOperation(operation.id);
    expect(finished.status, JSON.stringify(finished.error)).toBe("SUCCEEDED");
    const steps = finished.steps as { name: string; status: string }[];
    expect(steps.map((s) => s.name)).toEqual([
      "Managed resource group", "Virtual network", "Log Analytics workspace", "Managed Prometheus", "Storage account", "Container registry",
      "PostgreSQL flexible server", "Private endpoint", "Private DNS zone", "Kubernetes service", "Managed Grafana", "Mendix Operator", "Mendix Agent",
      "Default alert rules",
    ]);
    expect(steps.every((s) => s.status === "succeeded")).toBe(true);

    const after = await clusterState("contoso-dev");
    expect(after.status).toBe("INITIALIZED");
    expect(after.actualSettings).toEqual(DEFAULT_CLUSTER_SETTINGS);
    expect(after.desiredSettings).toEqual(DEFAULT_CLUSTER_SETTINGS);
    expect(after.initialSettings).toEqual({ nodeCidr: "192.168.0.0/22", networkIsolated: false });
    expect(after.kubernetesVersion).toMatch(/^1\.\d+\.\d+$/);
    expect(after.nodeImageVersion).toBeTruthy();
    expect(after.operatorVersion).toBeTruthy();
    expect(after.grafanaUrl).toMatch(/^https:\/\/.*grafana\.azure\.com$/);
    expect(after.appDomain).toBe("contoso-dev.apps.westeurope.mendix-azure.example");
    expect(after.namespace?.name).toBe("contoso-dev-apps");
    expect(after.lastError).toBeNull();
    expect(after.components).toHaveLength(13);
    expect(after.components.every((c) => c.state === "SUCCEEDED" && c.lastError === null)).toBe(true);
    const aks = after.components.find((c) => c.kind === "AKS")!;
    expect(aks.armId).toBe(`/subscriptions/${CONTOSO_SUB}/resourceGroups/mrg-contoso-dev/providers/Microsoft.ContainerService/managedClusters/aks-mendix`);
    expect(aks.version).toBe(after.kubernetesVersion);

    const inAzure = await resourcesIn(env.admin, "mrg-contoso-dev");
    expect(inAzure.byType).toEqual(EXPECTED_TYPES);

    // The bodies Azure received: defaults of every option.
    const clients = env.gateway.clientsFor(CONTOSO_SUB);
    const mc = await clients.containerService.managedClusters.get("mrg-contoso-dev", "aks-mendix");
    expect(mc.sku?.tier).toBe("Standard");
    expect(mc.agentPoolProfiles?.[0]).toMatchObject({ vmSize: "Standard_D4s_v5", enableAutoScaling: true, minCount: 1, maxCount: 5, mode: "System" });
    expect(mc.agentPoolProfiles?.[0].vnetSubnetID).toMatch(/virtualNetworks\/vnet-mendix\/subnets\/snet-aks$/);
    expect(mc.ingressProfile?.webAppRouting).toMatchObject({ enabled: true, nginx: { defaultIngressControllerType: "External" } });
    const vnet = await clients.network.virtualNetworks.get("mrg-contoso-dev", "vnet-mendix");
    expect(vnet.subnets?.find((s) => s.name === "snet-aks")?.addressPrefix).toBe("192.168.0.0/22");
    const pg = await clients.postgres.servers.get("mrg-contoso-dev", "psql-contoso-dev");
    expect(pg.sku).toEqual({ name: "Standard_D2ds_v5", tier: "GeneralPurpose" });
    expect(pg.storage).toMatchObject({ storageSizeGB: 128, tier: "P10" });
    const grafana = await clients.dashboard.grafana.get("mrg-contoso-dev", "grafana-contoso-dev");
    expect(grafana.properties?.publicNetworkAccess).toBe("Enabled");

    // Audit: who asked, and the outcome.
    const audits = await testDb.auditEvent.findMany({ where: { targetId: cluster.id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.action, a.outcome])).toEqual([["cluster.initialize", "SUCCESS"], ["cluster.initialize.finished", "SUCCESS"]]);

    // Reconciling again with the same settings reads only: no PUT at all.
    await env.admin.resetRequests();
    await reconcileAzure(clients, planFor(after, CONTOSO_SUB, DEFAULT_CLUSTER_SETTINGS));
    const counts = (await env.admin.requests()).counts;
    expect(Object.keys(counts).filter((key) => key.startsWith("PUT") || key.startsWith("PATCH"))).toEqual([]);

    // A second Initialize is refused.
    await expect(initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, {})).rejects.toMatchObject({ code: "conflict" });
  });

  it("changes nothing when the job queue refuses the operation", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-dev");
    // The queue is down: pg-boss refuses every job.
    const downQueue = { send: async () => { throw new Error("queue down"); } } as unknown as typeof env.boss;
    await expect(initializeCluster(testDb, downQueue, env.gateway, owner, cluster.id, {})).rejects.toMatchObject({ code: "unavailable" });
    expect((await clusterByName("contoso-dev")).status).toBe("READY_TO_INITIALIZE");
    expect(await testDb.operation.count({ where: { clusterId: cluster.id } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { targetId: cluster.id, action: "cluster.initialize" } })).toBe(0);
    // With the queue back, the same request goes through.
    const operation = await initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, {});
    expect((await waitForOperation(operation.id)).status).toBe("SUCCEEDED");
  });

  it("initializes with options: replica, internal load balancer, private Grafana, tags on every resource", async () => {
    const owner = await actorFor(DEMO_USERS.fabrikamOwner);
    const cluster = await clusterByName("fabrikam-sandbox");
    const options = {
      tags: { costCenter: "cc-42", owner: "fred" },
      aksTier: "Premium",
      nodeVmSize: "Standard_E4s_v5",
      maxNodeCount: 7,
      loadBalancer: "internal",
      postgresTier: "MemoryOptimized",
      postgresSku: "Standard_E4ds_v5",
      storageTier: "P20",
      readReplica: true,
      nodeCidr: "172.16.4.0/24",
      grafanaAccess: "private",
    };
    const operation = await initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, options);
    const finished = await waitForOperation(operation.id);
    expect(finished.status, JSON.stringify(finished.error)).toBe("SUCCEEDED");
    expect((finished.steps as { name: string }[]).map((s) => s.name)).toContain("PostgreSQL read replica");

    const after = await clusterState("fabrikam-sandbox");
    expect(after.status).toBe("INITIALIZED");
    expect(after.actualSettings).toMatchObject(options);
    expect(after.initialSettings).toEqual({ nodeCidr: "172.16.4.0/24", networkIsolated: false });
    expect(after.components).toHaveLength(14);
    expect(after.components.find((c) => c.kind === "REPLICA")?.state).toBe("SUCCEEDED");

    const clients = env.gateway.clientsFor(FABRIKAM_SUB);
    const rg = "mrg-fabrikam-sandbox";
    const mc = await clients.containerService.managedClusters.get(rg, "aks-mendix");
    expect(mc.sku?.tier).toBe("Premium");
    expect(mc.location).toBe("northeurope");
    expect(mc.agentPoolProfiles?.[0]).toMatchObject({ vmSize: "Standard_E4s_v5", maxCount: 7 });
    expect(mc.ingressProfile?.webAppRouting?.nginx?.defaultIngressControllerType).toBe("Internal");
    expect(mc.networkProfile?.serviceCidr).toBe("10.0.0.0/16"); // node ranges overlapping 10.0.0.0/16 are refused (PRODUCT.md §4)
    const replica = await clients.postgres.servers.get(rg, "psql-fabrikam-sandbox-replica");
    expect(replica.replicationRole).toBe("AsyncReplica");
    expect(replica.sourceServerResourceId?.toLowerCase()).toContain("/flexibleservers/psql-fabrikam-sandbox");
    const pg = await clients.postgres.servers.get(rg, "psql-fabrikam-sandbox");
    expect(pg.sku).toEqual({ name: "Standard_E4ds_v5", tier: "MemoryOptimized" });
    expect(pg.storage).toMatchObject({ storageSizeGB: 512, tier: "P20" });
    const grafana = await clients.dashboard.grafana.get(rg, "grafana-fabrikam-sandbo") /* names are cut to 23 characters */;
    expect(grafana.properties?.publicNetworkAccess).toBe("Disabled");
    const vnet = await clients.network.virtualNetworks.get(rg, "vnet-mendix");
    expect(vnet.addressSpace?.addressPrefixes).toEqual(["172.16.4.0/23"]);

    // Custom tags on every tracked resource (and on the resource group).
    const group = await clients.resources.resourceGroups.get(rg);
    expect(group.tags).toMatchObject({ costCenter: "cc-42", owner: "fred" });
    const tracked: { name?: string; tags?: Record<string, string> }[] = [];
    for await (const resource of clients.resources.resources.listByResourceGroup(rg)) tracked.push(resource);
    expect(tracked.length).toBe(15); // with the backups' storage account and the three alert rule groups
    for (const resource of tracked) expect(resource.tags, resource.name).toMatchObject({ costCenter: "cc-42", owner: "fred", "mendix-cluster": "fabrikam-sandbox" });
  });
});
