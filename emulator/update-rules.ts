// ARM's validation of updates the portal's settings rely on, with ARM-style error codes: what a
// service refuses to change on an existing resource (or in a combination). Called from the type
// hooks in resource-types.ts with the stored resource (`existing`) and the new representation.
import { ArmHttpError } from "./errors";
import type { Json, Store } from "./state";

function bad(code: string, message: string, status = 400): never {
  throw new ArmHttpError(status, code, message);
}

// ---------- PostgreSQL flexible servers ----------
export function checkPostgres(store: Store, id: string, body: Json, existing: Json | undefined, source: Json | undefined): void {
  const p = body.properties ?? {};
  const tier = String(body.sku?.tier ?? "");
  const mode = String(p.highAvailability?.mode ?? "Disabled");
  if (mode !== "Disabled" && tier === "Burstable")
    bad("HANotSupportedForBurstableSku", "High availability is not supported for servers in the Burstable pricing tier. Choose General Purpose or Memory Optimized.");
  if (source && String(source.sku?.tier ?? "") === "Burstable")
    bad("ReplicaNotSupportedForBurstableSku", "Read replicas are not supported for source servers in the Burstable pricing tier.");
  if (!existing) return;
  const ep = existing.properties ?? {};
  const was = String(ep.highAvailability?.mode ?? "Disabled");
  if (was !== "Disabled" && mode !== "Disabled" && was !== mode)
    bad("HighAvailabilityModeChangeNotAllowed", `High availability mode cannot change from ${was} to ${mode} directly. Disable high availability first.`);
  const hasReplica = [...store.resources.values()].some(
    (r) => r.type === "Microsoft.DBforPostgreSQL/flexibleServers" && String(r.body.properties?.sourceServerResourceId ?? "").toLowerCase() === id.toLowerCase(),
  );
  if (hasReplica && tier === "Burstable")
    bad("ReplicaNotSupportedForBurstableSku", "A server with read replicas cannot be moved to the Burstable pricing tier.");
}

// ---------- storage accounts ----------
/** Replication changes ARM converts online, upgrades only (a downgrade or LRS → ZRS needs a migration). */
const SKU_UPGRADES: Record<string, string[]> = {
  standard_lrs: ["standard_grs", "standard_ragrs"],
  standard_grs: ["standard_ragrs"],
  standard_ragrs: [],
  standard_zrs: ["standard_gzrs", "standard_ragzrs"],
  standard_gzrs: ["standard_ragzrs"],
  standard_ragzrs: [],
};

export function checkStorageSku(body: Json, existing: Json | undefined): void {
  if (!existing) return;
  const from = String(existing.sku?.name ?? "").toLowerCase();
  const to = String(body.sku?.name ?? "").toLowerCase();
  if (!from || from === to) return;
  if (!(SKU_UPGRADES[from] ?? []).includes(to))
    bad("StorageAccountSkuChangeNotAllowed", `The replication of storage account cannot be changed from ${existing.sku.name} to ${body.sku.name} with an update. Use a migration instead.`, 409);
}

// ---------- AKS ----------
export function checkManagedCluster(store: Store, key: string, body: Json, existing: Json | undefined): void {
  if (!existing) return;
  const was = existing.properties?.networkProfile?.outboundType;
  const now = body.properties?.networkProfile?.outboundType;
  if (was && now && String(was).toLowerCase() !== String(now).toLowerCase())
    bad("PropertyChangeNotAllowed", `Changing property 'networkProfile.outboundType' is not allowed (from ${was} to ${now}).`);
  const pools: Json[] = Array.isArray(body.properties?.agentPoolProfiles) ? body.properties.agentPoolProfiles : [];
  for (const pool of pools) checkAgentPool(pool, store.get(`${key}/agentpools/${String(pool.name).toLowerCase()}`)?.body.properties, pool.name);
}

export function checkAgentPool(pool: Json, existing: Json | undefined, name: string): void {
  if (!existing) return;
  const was = existing.vnetSubnetID;
  const now = pool.vnetSubnetID;
  if (was && now && String(was).toLowerCase() !== String(now).toLowerCase())
    bad("PropertyChangeNotAllowed", `Changing property 'vnetSubnetID' of agent pool '${name}' is not allowed.`);
}

// ---------- subnets ----------
/** A subnet used by an AKS node pool cannot change its address range. */
export function checkSubnet(store: Store, subnetId: string, body: Json, existing: Json | undefined): void {
  const was = existing?.properties?.addressPrefix;
  const now = body.properties?.addressPrefix ?? body.addressPrefix;
  if (!was || !now || was === now) return;
  const inUse = [...store.resources.values()].some(
    (r) => r.type === "Microsoft.ContainerService/managedClusters/agentPools" && String(r.body.properties?.vnetSubnetID ?? "").toLowerCase() === subnetId.toLowerCase(),
  );
  if (inUse) bad("InUseSubnetCannotBeUpdated", `Subnet ${subnetId} is in use by an AKS node pool and its address prefix cannot be updated.`);
}
