import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LATEST_NODE_IMAGE } from "@/emulator/resource-aks-maintenance";
import { DEFAULT_WINDOW, MAINTENANCE_CONFIG_NAME, toAksMaintenanceWindow } from "@/lib/maintenance-window";
import { armErrorMessage } from "@/server/azure/client-factory";
import { LOCATION, startTestEmulator, type TestEmulator } from "./helpers";

// AKS planned maintenance and node image upgrades as the portal uses them, through the real SDK.

let t: TestEmulator;
const RG = "rg-maint";
const AKS = "aks-maint";

async function refusal(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    return armErrorMessage(error);
  }
  throw new Error("the call was not refused");
}

beforeAll(async () => {
  t = await startTestEmulator({ provisionMs: 20 });
  const c = t.clients;
  await c.resources.resourceGroups.createOrUpdate(RG, { location: LOCATION });
  await c.containerService.managedClusters.createOrUpdate(RG, AKS, { location: LOCATION, kubernetesVersion: "1.31.3", agentPoolProfiles: [{ name: "system", count: 1, mode: "System" }] }, c.lro);
});
afterAll(() => t?.dispose());

describe("maintenanceConfigurations", () => {
  it("stores a weekly window, reads it back and lists it", async () => {
    const c = t.clients.containerService;
    const written = await c.maintenanceConfigurations.createOrUpdate(RG, AKS, MAINTENANCE_CONFIG_NAME, { maintenanceWindow: toAksMaintenanceWindow(DEFAULT_WINDOW) });
    expect(written.id).toMatch(new RegExp(`/managedClusters/${AKS}/maintenanceConfigurations/${MAINTENANCE_CONFIG_NAME}$`));
    const read = await c.maintenanceConfigurations.get(RG, AKS, MAINTENANCE_CONFIG_NAME);
    expect(read.maintenanceWindow).toMatchObject({ schedule: { weekly: { intervalWeeks: 1, dayOfWeek: "Sunday" } }, durationHours: 4, startTime: "02:00", utcOffset: "+00:00" });
    const all = [];
    for await (const config of c.maintenanceConfigurations.listByManagedCluster(RG, AKS)) all.push(config.name);
    expect(all).toEqual([MAINTENANCE_CONFIG_NAME]);
  });

  it("refuses windows AKS refuses, and a missing cluster", async () => {
    const c = t.clients.containerService;
    const short = await refusal(() => c.maintenanceConfigurations.createOrUpdate(RG, AKS, MAINTENANCE_CONFIG_NAME, { maintenanceWindow: { ...toAksMaintenanceWindow(DEFAULT_WINDOW), durationHours: 3 } }));
    expect(short).toMatchObject({ code: "InvalidParameter", status: 400 });
    const two = await refusal(() =>
      c.maintenanceConfigurations.createOrUpdate(RG, AKS, MAINTENANCE_CONFIG_NAME, { maintenanceWindow: { ...toAksMaintenanceWindow(DEFAULT_WINDOW), schedule: { weekly: { intervalWeeks: 1, dayOfWeek: "Sunday" }, daily: { intervalDays: 1 } } } }),
    );
    expect(two.code).toBe("InvalidParameter");
    const name = await refusal(() => c.maintenanceConfigurations.createOrUpdate(RG, AKS, "nightly", { maintenanceWindow: toAksMaintenanceWindow(DEFAULT_WINDOW) }));
    expect(name.code).toBe("InvalidParameter");
    const missing = await refusal(() => c.maintenanceConfigurations.createOrUpdate(RG, "aks-none", MAINTENANCE_CONFIG_NAME, { maintenanceWindow: toAksMaintenanceWindow(DEFAULT_WINDOW) }));
    expect(missing).toMatchObject({ code: "ParentResourceNotFound", status: 404 });
    // The refused writes changed nothing.
    expect((await c.maintenanceConfigurations.get(RG, AKS, MAINTENANCE_CONFIG_NAME)).maintenanceWindow?.durationHours).toBe(4);
  });
});

describe("upgrades", () => {
  it("upgrades a pool's node image with the long-running action", async () => {
    const c = t.clients.containerService;
    expect((await c.agentPools.get(RG, AKS, "system")).nodeImageVersion).not.toBe(LATEST_NODE_IMAGE);
    await c.agentPools.upgradeNodeImageVersion(RG, AKS, "system", t.clients.lro);
    const pool = await c.agentPools.get(RG, AKS, "system");
    expect(pool.nodeImageVersion).toBe(LATEST_NODE_IMAGE);
    expect(pool.provisioningState).toBe("Succeeded");
  });

  it("upgrades Kubernetes on a PUT naming the version, and keeps it on a PUT naming none", async () => {
    const c = t.clients.containerService;
    const cluster = await c.managedClusters.get(RG, AKS);
    await c.managedClusters.createOrUpdate(RG, AKS, { ...cluster, kubernetesVersion: "1.32.0" }, t.clients.lro);
    expect((await c.managedClusters.get(RG, AKS)).currentKubernetesVersion).toBe("1.32.0");
    await c.managedClusters.createOrUpdate(RG, AKS, { location: LOCATION, tags: { a: "b" } }, t.clients.lro);
    expect((await c.managedClusters.get(RG, AKS)).currentKubernetesVersion).toBe("1.32.0");
  });
});
