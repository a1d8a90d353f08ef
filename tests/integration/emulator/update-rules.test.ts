import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { armErrorMessage } from "@/server/azure/client-factory";
import { caught, LOCATION, rgId, armFetch, startTestEmulator, type TestEmulator } from "./helpers";

// The emulator refuses updates the way ARM does, with ARM's error codes (through the real SDK clients).

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ provisionMs: 0 });
  await armFetch(t.url, "PUT", `${rgId("rg-rules")}?api-version=2025-04-01`, { location: LOCATION });
});
afterAll(async () => t?.dispose());

const codeOf = async (p: Promise<unknown>) => armErrorMessage(await caught(p)).code;

describe("ARM update validation", () => {
  it("PostgreSQL: storage cannot shrink, HA not on Burstable, HA mode only via Disabled, replicas need GP/MO", async () => {
    const s = t.clients.postgres.servers;
    const lro = t.clients.lro;
    await s.beginCreateOrUpdateAndWait("rg-rules", "pg", { location: LOCATION, sku: { name: "Standard_D2ds_v5", tier: "GeneralPurpose" }, storage: { storageSizeGB: 256 }, highAvailability: { mode: "ZoneRedundant" } }, lro);
    expect(await codeOf(s.beginUpdateAndWait("rg-rules", "pg", { storage: { storageSizeGB: 128, tier: "P10" } }, lro))).toBe("InvalidStorageSizeDecrease");
    expect(await codeOf(s.beginUpdateAndWait("rg-rules", "pg", { highAvailability: { mode: "SameZone" } }, lro))).toBe("HighAvailabilityModeChangeNotAllowed");
    expect(await codeOf(s.beginUpdateAndWait("rg-rules", "pg", { sku: { name: "Standard_B2s", tier: "Burstable" } }, lro))).toBe("HANotSupportedForBurstableSku");
    await s.beginUpdateAndWait("rg-rules", "pg", { highAvailability: { mode: "Disabled" } }, lro);
    expect((await s.get("rg-rules", "pg")).highAvailability).toMatchObject({ mode: "Disabled", state: "NotEnabled" });
    await s.beginUpdateAndWait("rg-rules", "pg", { sku: { name: "Standard_B2s", tier: "Burstable" } }, lro);
    const source = (await s.get("rg-rules", "pg")).id!;
    expect(await codeOf(s.beginCreateOrUpdateAndWait("rg-rules", "pg-replica", { location: LOCATION, createMode: "Replica", sourceServerResourceId: source }, lro))).toBe("ReplicaNotSupportedForBurstableSku");
    await s.beginUpdateAndWait("rg-rules", "pg", { sku: { name: "Standard_D2ds_v5", tier: "GeneralPurpose" } }, lro);
    await s.beginCreateOrUpdateAndWait("rg-rules", "pg-replica", { location: LOCATION, createMode: "Replica", sourceServerResourceId: source }, lro);
    expect(await codeOf(s.beginUpdateAndWait("rg-rules", "pg", { sku: { name: "Standard_B2s", tier: "Burstable" } }, lro))).toBe("ReplicaNotSupportedForBurstableSku");
  });

  it("storage accounts: replication upgrades only; PATCH replaces tags", async () => {
    const a = t.clients.storage.storageAccounts;
    await a.create("rg-rules", "strules", { location: LOCATION, kind: "StorageV2", sku: { name: "Standard_LRS" }, tags: { a: "1", b: "2" } }, t.clients.lro);
    await a.update("rg-rules", "strules", { sku: { name: "Standard_GRS" }, tags: { a: "1" } });
    const read = await a.getProperties("rg-rules", "strules");
    expect(read.sku?.name).toBe("Standard_GRS");
    expect(read.tags).toEqual({ a: "1" });
    expect(await codeOf(a.update("rg-rules", "strules", { sku: { name: "Standard_LRS" } }))).toBe("StorageAccountSkuChangeNotAllowed");
    expect(await codeOf(a.update("rg-rules", "strules", { sku: { name: "Standard_ZRS" } }))).toBe("StorageAccountSkuChangeNotAllowed");
    await a.update("rg-rules", "strules", { sku: { name: "Standard_RAGRS" } });
  });

  it("AKS: outboundType and the node subnet cannot change after creation", async () => {
    const c = t.clients;
    await c.network.virtualNetworks.createOrUpdate("rg-rules", "vnet", { location: LOCATION, addressSpace: { addressPrefixes: ["192.168.0.0/21"] }, subnets: [{ name: "nodes", addressPrefix: "192.168.0.0/22" }] }, c.lro);
    const subnet = (await c.network.subnets.get("rg-rules", "vnet", "nodes")).id!;
    const body = {
      location: LOCATION,
      dnsPrefix: "rules",
      networkProfile: { networkPlugin: "azure", outboundType: "loadBalancer" as const },
      agentPoolProfiles: [{ name: "system", mode: "System" as const, vmSize: "Standard_D4s_v5", count: 1, vnetSubnetID: subnet }],
    };
    await c.containerService.managedClusters.createOrUpdate("rg-rules", "aks", body, c.lro);
    expect(await codeOf(c.containerService.managedClusters.createOrUpdate("rg-rules", "aks", { ...body, networkProfile: { networkPlugin: "azure", outboundType: "none" } }, c.lro))).toBe("PropertyChangeNotAllowed");
    const pool = await c.containerService.agentPools.get("rg-rules", "aks", "system");
    expect(await codeOf(c.containerService.agentPools.createOrUpdate("rg-rules", "aks", "system", { ...pool, vnetSubnetID: `${subnet}-other` }, c.lro))).toBe("PropertyChangeNotAllowed");
    expect(await codeOf(c.network.subnets.createOrUpdate("rg-rules", "vnet", "nodes", { addressPrefix: "192.168.4.0/22" }, c.lro))).toBe("InUseSubnetCannotBeUpdated");
  });
});
