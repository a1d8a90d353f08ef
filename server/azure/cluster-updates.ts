import "server-only";
import type { ManagedCluster } from "@azure/arm-containerservice";
import { fromAksMaintenanceWindow, MAINTENANCE_CONFIG_NAME, toAksMaintenanceWindow, type WeeklyWindow } from "@/lib/maintenance-window";
import { ArmFailure, getOrNull, toArmFailure } from "./arm";
import type { AzureClients } from "./client-factory";

// The Azure side of service updates: the cluster's AKS planned maintenance window and the
// upgrades a release makes (Kubernetes version, node images), through the real SDK.

/** The cluster's maintenance window as Azure has it; null when none is set (or not weekly). */
export async function readMaintenanceWindow(clients: AzureClients, resourceGroup: string, aksName: string): Promise<WeeklyWindow | null> {
  const config = await getOrNull(() => clients.containerService.maintenanceConfigurations.get(resourceGroup, aksName, MAINTENANCE_CONFIG_NAME));
  return config ? fromAksMaintenanceWindow(config.maintenanceWindow) : null;
}

/** Writes the window when Azure has none or another one; true when it wrote. */
export async function ensureMaintenanceWindow(clients: AzureClients, resourceGroup: string, aksName: string, window: WeeklyWindow): Promise<boolean> {
  const current = await readMaintenanceWindow(clients, resourceGroup, aksName);
  if (current && current.day === window.day && current.startMinute === window.startMinute && current.durationHours === window.durationHours) return false;
  try {
    await clients.containerService.maintenanceConfigurations.createOrUpdate(resourceGroup, aksName, MAINTENANCE_CONFIG_NAME, { maintenanceWindow: toAksMaintenanceWindow(window) });
  } catch (error) {
    throw toArmFailure(error);
  }
  return true;
}

async function managedCluster(clients: AzureClients, resourceGroup: string, aksName: string): Promise<ManagedCluster> {
  const cluster = await getOrNull(() => clients.containerService.managedClusters.get(resourceGroup, aksName));
  if (!cluster) throw new ArmFailure({ code: "ResourceNotFound", message: `The Kubernetes service '${aksName}' was not found.` });
  return cluster;
}

/** Upgrades the control plane and every node pool to `version` (a PUT of the cluster as read); returns the version Azure reports. */
export async function upgradeKubernetes(clients: AzureClients, resourceGroup: string, aksName: string, version: string): Promise<string> {
  const cluster = await managedCluster(clients, resourceGroup, aksName);
  if (cluster.currentKubernetesVersion === version && cluster.provisioningState === "Succeeded") return version;
  const body: ManagedCluster = {
    ...cluster,
    kubernetesVersion: version,
    agentPoolProfiles: cluster.agentPoolProfiles?.map((pool) => ({ ...pool, orchestratorVersion: version })),
  };
  await clients.containerService.managedClusters.createOrUpdate(resourceGroup, aksName, body, clients.lro);
  const after = await managedCluster(clients, resourceGroup, aksName);
  if (after.provisioningState === "Failed") throw new ArmFailure({ code: "ProvisioningFailed", message: `Azure reports the Kubernetes service '${aksName}' as failed after the upgrade.` });
  return after.currentKubernetesVersion ?? version;
}

/** Moves every node pool to the newest node image AKS offers (the upgradeNodeImageVersion action); returns the system pool's image. */
export async function upgradeNodeImages(clients: AzureClients, resourceGroup: string, aksName: string): Promise<string | null> {
  const pools: string[] = [];
  for await (const pool of clients.containerService.agentPools.list(resourceGroup, aksName)) if (pool.name) pools.push(pool.name);
  for (const pool of pools) await clients.containerService.agentPools.upgradeNodeImageVersion(resourceGroup, aksName, pool, clients.lro);
  const cluster = await managedCluster(clients, resourceGroup, aksName);
  const system = cluster.agentPoolProfiles?.find((pool) => pool.mode === "System") ?? cluster.agentPoolProfiles?.[0];
  return system?.nodeImageVersion ?? null;
}
