import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCATION, rgId, startTestEmulator, type TestEmulator } from "./helpers";

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ provisionMs: 40, postgres: { host: "127.0.0.1", port: 54329 }, blobEndpoint: "http://127.0.0.1:10000/devstoreaccount1" });
});
afterAll(async () => {
  await t?.dispose();
});

describe("full cluster provisioning through the SDK clients", () => {
  it("creates RG, vnet+subnet, AKS with pools, postgres + replica, storage, registry, grafana, monitor, logs, DNS, PE", async () => {
    const c = t.clients;
    const rg = "rg-cluster1";
    const created = await c.resources.resourceGroups.createOrUpdate(rg, { location: LOCATION, tags: { cluster: "c1" } });
    expect(created.id).toBe(rgId(rg));
    expect(created.properties?.provisioningState).toBe("Succeeded");
    expect(created.tags).toEqual({ cluster: "c1" });

    const vnet = await c.network.virtualNetworks.createOrUpdate(
      rg,
      "vnet1",
      { location: LOCATION, addressSpace: { addressPrefixes: ["10.10.0.0/16"] }, subnets: [{ name: "aks", addressPrefix: "10.10.0.0/20" }] },
      c.lro,
    );
    expect(vnet.provisioningState).toBe("Succeeded");
    expect(vnet.subnets?.map((s) => [s.name, s.addressPrefix])).toEqual([["aks", "10.10.0.0/20"]]);
    const pe = await c.network.subnets.createOrUpdate(rg, "vnet1", "private-endpoints", { addressPrefix: "10.10.16.0/24" }, c.lro);
    expect(pe.provisioningState).toBe("Succeeded");
    expect(pe.id).toBe(`${rgId(rg)}/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/private-endpoints`);
    const vnetAgain = await c.network.virtualNetworks.get(rg, "vnet1");
    expect(vnetAgain.subnets?.map((s) => s.name)).toEqual(["aks", "private-endpoints"]);

    const subnetId = vnet.subnets![0].id!;
    const aks = await c.containerService.managedClusters.createOrUpdate(
      rg,
      "aks1",
      {
        location: LOCATION,
        sku: { name: "Base", tier: "Standard" },
        kubernetesVersion: "1.31",
        dnsPrefix: "aks1",
        identity: { type: "SystemAssigned" },
        ingressProfile: { webAppRouting: { enabled: true } },
        networkProfile: { networkPlugin: "azure", serviceCidr: "10.0.0.0/16", dnsServiceIP: "10.0.0.10" },
        agentPoolProfiles: [{ name: "system", mode: "System", vmSize: "Standard_D4s_v5", count: 2, vnetSubnetID: subnetId }],
      },
      c.lro,
    );
    expect(aks.provisioningState).toBe("Succeeded");
    expect(aks.kubernetesVersion).toBe("1.31");
    expect(aks.currentKubernetesVersion).toBe("1.31.3");
    expect(aks.sku?.tier).toBe("Standard");
    expect(aks.ingressProfile?.webAppRouting?.enabled).toBe(true);
    expect(aks.identity?.principalId).toMatch(/^[0-9a-f-]{36}$/);
    expect(aks.agentPoolProfiles?.[0]).toMatchObject({ name: "system", count: 2, vmSize: "Standard_D4s_v5", vnetSubnetID: subnetId });

    const pool = await c.containerService.agentPools.createOrUpdate(
      rg,
      "aks1",
      "apps",
      { vmSize: "Standard_D8s_v5", count: 3, enableAutoScaling: true, minCount: 2, maxCount: 5, mode: "User", vnetSubnetID: subnetId },
      c.lro,
    );
    expect(pool.provisioningState).toBe("Succeeded");
    expect(pool.nodeImageVersion).toMatch(/^AKSUbuntu-/);
    expect(pool.currentOrchestratorVersion).toBe("1.31.3");
    expect([pool.count, pool.minCount, pool.maxCount, pool.enableAutoScaling]).toEqual([3, 2, 5, true]);
    const pools: string[] = [];
    for await (const p of c.containerService.agentPools.list(rg, "aks1")) pools.push(p.name!);
    expect(pools).toEqual(["system", "apps"]);
    const upgrade = await c.containerService.managedClusters.getUpgradeProfile(rg, "aks1");
    expect(upgrade.controlPlaneProfile.kubernetesVersion).toBe("1.31.3");
    expect(upgrade.controlPlaneProfile.upgrades?.map((u) => u.kubernetesVersion)).toEqual(["1.32.0"]);

    const tagged = await c.containerService.managedClusters.updateTags(rg, "aks1", { tags: { env: "prod" } }, c.lro);
    expect(tagged.tags).toEqual({ env: "prod" });

    const pg = await c.postgres.servers.beginCreateOrUpdateAndWait(
      rg,
      "pg1",
      {
        location: LOCATION,
        sku: { name: "Standard_D4ds_v5", tier: "GeneralPurpose" },
        version: "16",
        administratorLogin: "mxadmin",
        administratorLoginPassword: "S3cret!pass",
        storage: { storageSizeGB: 128, tier: "P15" },
        createMode: "Default",
      },
      c.lro,
    );
    expect(pg.state).toBe("Ready");
    expect(pg.fullyQualifiedDomainName).toBe("127.0.0.1");
    expect(pg.storage).toMatchObject({ storageSizeGB: 128, tier: "P15" });
    expect(pg.administratorLoginPassword).toBeUndefined();
    const replica = await c.postgres.servers.beginCreateOrUpdateAndWait(
      rg,
      "pg1-replica",
      { location: "northeurope", createMode: "Replica", sourceServerResourceId: pg.id },
      c.lro,
    );
    expect(replica.replicationRole).toBe("AsyncReplica");
    expect(replica.sourceServerResourceId).toBe(pg.id);
    expect(replica.version).toBe("16");
    expect(replica.storage?.tier).toBe("P15");
    const patched = await c.postgres.servers.beginUpdateAndWait(rg, "pg1", { storage: { storageSizeGB: 256, tier: "P20" } }, c.lro);
    expect(patched.storage).toMatchObject({ storageSizeGB: 256, tier: "P20" });
    expect((await c.postgres.servers.get(rg, "pg1")).replicationRole).toBe("Primary");
    const db = await c.postgres.databases.beginCreateAndWait(rg, "pg1", "app1", { charset: "UTF8", collation: "en_US.utf8" }, c.lro);
    expect(db.id).toBe(`${rgId(rg)}/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg1/databases/app1`);

    const sa = await c.storage.storageAccounts.create(rg, "mxfiles1", { location: LOCATION, kind: "StorageV2", sku: { name: "Standard_ZRS" } }, c.lro);
    expect(sa.primaryEndpoints?.blob).toBe("http://127.0.0.1:10000/devstoreaccount1/");
    expect(sa.provisioningState).toBe("Succeeded");

    const acr = await c.containerRegistry.registries.create(rg, "mxacr1", { location: LOCATION, sku: { name: "Premium" } }, c.lro);
    expect(acr.loginServer).toBe("mxacr1.azurecr.io");

    const grafana = await c.dashboard.grafana.beginCreateAndWait(
      rg,
      "graf1",
      { location: LOCATION, sku: { name: "Standard" }, properties: { publicNetworkAccess: "Disabled" } },
      c.lro,
    );
    expect(grafana.properties?.publicNetworkAccess).toBe("Disabled");
    expect(grafana.properties?.endpoint).toMatch(/^https:\/\/graf1-[0-9a-f]{6}\.wes\.grafana\.azure\.com$/);
    const grafana2 = await c.dashboard.grafana.update(rg, "graf1", { properties: { publicNetworkAccess: "Enabled" } });
    expect(grafana2.properties?.publicNetworkAccess).toBe("Enabled");

    const amw = await c.monitorAccounts.createOrUpdate(rg, "amw1", { location: LOCATION });
    expect(amw.properties?.provisioningState ?? (amw as any).properties.provisioningState).toBe("Succeeded");
    expect((amw.properties as any).metrics.prometheusQueryEndpoint).toMatch(/^https:\/\/amw1-.*\.westeurope\.prometheus\.monitor\.azure\.com$/);

    const law = await c.operationalInsights.workspaces.createOrUpdate(rg, "law1", { location: LOCATION, retentionInDays: 30 }, c.lro);
    expect(law.customerId).toMatch(/^[0-9a-f-]{36}$/);

    const zone = await c.privateDns.privateZones.createOrUpdate(rg, "privatelink.postgres.database.azure.com", { location: "global" }, c.lro);
    expect(zone.provisioningState).toBe("Succeeded");
    const link = await c.privateDns.virtualNetworkLinks.createOrUpdate(
      rg,
      "privatelink.postgres.database.azure.com",
      "vnet1-link",
      { location: "global", virtualNetwork: { id: vnet.id }, registrationEnabled: false },
      c.lro,
    );
    expect(link.virtualNetworkLinkState).toBe("Completed");

    const endpoint = await c.network.privateEndpoints.createOrUpdate(
      rg,
      "pe-pg1",
      {
        location: LOCATION,
        subnet: { id: pe.id },
        privateLinkServiceConnections: [{ name: "pg", privateLinkServiceId: pg.id, groupIds: ["postgresqlServer"] }],
      },
      c.lro,
    );
    expect(endpoint.provisioningState).toBe("Succeeded");
    expect(endpoint.privateLinkServiceConnections?.[0].privateLinkServiceConnectionState?.status).toBe("Approved");

    const inRg: string[] = [];
    for await (const r of c.resources.resources.listByResourceGroup(rg)) inRg.push(r.type!);
    expect(inRg.sort()).toEqual(
      [
        "Microsoft.ContainerRegistry/registries",
        "Microsoft.ContainerService/managedClusters",
        "Microsoft.DBforPostgreSQL/flexibleServers",
        "Microsoft.DBforPostgreSQL/flexibleServers",
        "Microsoft.Dashboard/grafana",
        "Microsoft.Monitor/accounts",
        "Microsoft.Network/privateDnsZones",
        "Microsoft.Network/privateEndpoints",
        "Microsoft.Network/virtualNetworks",
        "Microsoft.OperationalInsights/workspaces",
        "Microsoft.Storage/storageAccounts",
      ].sort(),
    );
  });

  it("moves provisioningState Accepted -> Creating -> Succeeded and reports operation status", async () => {
    await t.admin.setProvisionMs(400);
    try {
      const c = t.clients;
      await c.resources.resourceGroups.createOrUpdate("rg-states", { location: LOCATION });
      const poller = c.dashboard.grafana.beginCreate("rg-states", "g-states", { location: LOCATION }, c.lro);
      const p = await poller;
      expect(p.getOperationState().status).toBe("running");
      // Every state the resource passes through, read until it is done (a bounded number of reads).
      const seen: (string | undefined)[] = [];
      for (let i = 0; i < 2000 && seen.at(-1) !== "Succeeded"; i++) {
        const state = (await c.dashboard.grafana.get("rg-states", "g-states")).properties?.provisioningState;
        if (state !== seen.at(-1)) seen.push(state);
      }
      expect(seen).toEqual(["Accepted", "Creating", "Succeeded"]);
      const done = await p.pollUntilDone();
      expect(done.properties?.provisioningState).toBe("Succeeded");
    } finally {
      await t.admin.setProvisionMs(40);
    }
  });
});
