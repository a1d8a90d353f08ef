import "server-only";
import { isMendixOffer, type OfferPlan } from "@/lib/managed-app-offer";

// The pure rules of discovery: which managed applications of a subscription are clusters of the
// service, and what a scan changes about the clusters already known (docs/decisions/0025).

/** A managed application as the SDK returns it (the fields discovery reads). */
export interface ManagedApplicationLike {
  id?: string;
  name?: string;
  location?: string;
  plan?: OfferPlan;
  managedResourceGroupId?: string;
  provisioningState?: string;
}

/** A managed application of the offer: one cluster. */
export interface DiscoveredApp {
  managedApplicationId: string;
  name: string;
  region: string;
  managedResourceGroup: string;
}

/** The known cluster of a connection, as far as a scan is concerned. */
export interface KnownCluster {
  id: string;
  managedApplicationId: string;
  removedFromAzureAt: Date | null;
}

export interface DiscoveryDiff {
  /** New applications: a cluster Ready to initialize each. */
  added: DiscoveredApp[];
  /** Known clusters whose application is gone (newly so): marked, never deleted. */
  removed: string[];
  /** Clusters marked removed whose application is there again. */
  returned: string[];
  /** Applications of the offer found (new and known). */
  found: number;
}

/** Keeps the offer's applications with a managed resource group; failed or deleting deployments are not clusters yet. */
export function mendixApplications(apps: ManagedApplicationLike[]): DiscoveredApp[] {
  const out: DiscoveredApp[] = [];
  for (const app of apps) {
    if (!app.id || !app.name || !app.managedResourceGroupId || !isMendixOffer(app.plan)) continue;
    if (app.provisioningState === "Failed" || app.provisioningState === "Deleting" || app.provisioningState === "Deleted") continue;
    out.push({
      managedApplicationId: app.id,
      name: app.name.toLowerCase(),
      region: (app.location ?? "").toLowerCase().replace(/\s+/g, ""),
      managedResourceGroup: app.managedResourceGroupId.split("/").pop()!,
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.managedApplicationId.localeCompare(b.managedApplicationId));
}

const key = (id: string) => id.toLowerCase();

export function diffDiscovery(known: KnownCluster[], found: DiscoveredApp[]): DiscoveryDiff {
  const foundIds = new Set(found.map((app) => key(app.managedApplicationId)));
  const knownIds = new Set(known.map((cluster) => key(cluster.managedApplicationId)));
  return {
    added: found.filter((app) => !knownIds.has(key(app.managedApplicationId))),
    removed: known.filter((cluster) => !cluster.removedFromAzureAt && !foundIds.has(key(cluster.managedApplicationId))).map((cluster) => cluster.id),
    returned: known.filter((cluster) => cluster.removedFromAzureAt && foundIds.has(key(cluster.managedApplicationId))).map((cluster) => cluster.id),
    found: found.length,
  };
}

/**
 * The portal name of a new cluster: the application's name, unless the organisation already has a
 * cluster of that name (the same name in another subscription or resource group); then the name
 * with the subscription's first block, then a counter.
 */
export function clusterNameFor(app: DiscoveredApp, subscriptionId: string, taken: ReadonlySet<string>): string {
  if (!taken.has(app.name)) return app.name;
  const base = `${app.name}-${subscriptionId.slice(0, 8).toLowerCase()}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Statuses that do not hold a connection: a cluster that was never initialized is only a
 * registration (removed with the connection); an off-boarded one has nothing left in Azure.
 */
const RELEASED_STATUSES: readonly string[] = ["READY_TO_INITIALIZE", "OFFBOARDED"];

/** The clusters that stop a disconnect: initialized, failed, or with an operation changing them. */
export function clustersInUse<T extends { name: string; status: string }>(clusters: T[]): string[] {
  return clusters.filter((cluster) => !RELEASED_STATUSES.includes(cluster.status)).map((cluster) => cluster.name);
}
