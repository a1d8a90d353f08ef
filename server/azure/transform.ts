import "server-only";
import type { ComponentKind, ComponentState } from "@/generated/prisma/enums";
import { compactName, componentSpec, COMPONENT_SPECS } from "@/lib/cluster-components";
import { parseCidr, STORAGE_TIER_GIB, type ClusterSettings, type DatabaseHighAvailability, type StorageRedundancy } from "@/lib/cluster-settings";

// Pure transforms between our settings and the Azure SDK shapes (request bodies we PUT, answers we
// read back). No I/O here: unit-tested in transform.test.ts.

export const NODE_SUBNET = "snet-aks";
export const PRIVATE_ENDPOINT_SUBNET = "snet-private-endpoints";
export const DNS_VNET_LINK = "link-vnet-mendix";
export const POSTGRES_VERSION = "16";
/** Tag written on every resource besides the customer's own tags, so resources can be traced back. */
export const CLUSTER_TAG = "mendix-cluster";

/** Where one cluster's resources live and what they are called. */
export interface ClusterPlan {
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  clusterName: string;
  settings: ClusterSettings;
}

// ---------- networking ----------
function ipToString(ip: number): string {
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join(".");
}

function overlaps(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  if (!x || !y) return false;
  const end = (c: { address: number; prefix: number }) => c.address + 2 ** (32 - c.prefix) - 1;
  return x.address <= end(y) && y.address <= end(x);
}

export interface NetworkPlan {
  /** The VNet's address space: the node range plus its sibling half (one prefix bit shorter). */
  vnetPrefix: string;
  nodeSubnet: string;
  privateEndpointSubnet: string;
  serviceCidr: string;
  dnsServiceIP: string;
}

/**
 * The node subnet is exactly the customer's node CIDR; the VNet is one bit larger so the private
 * endpoint subnet (a /27) fits in the other half without touching the nodes. Kubernetes services
 * get a range that overlaps neither.
 */
export function networkPlan(nodeCidr: string): NetworkPlan {
  const node = parseCidr(nodeCidr);
  if (!node || node.prefix < 2 || node.prefix > 27) throw new Error(`Invalid node CIDR ${nodeCidr}`);
  const parentPrefix = node.prefix - 1;
  const parentMask = (0xffffffff << (32 - parentPrefix)) >>> 0;
  const parent = (node.address & parentMask) >>> 0;
  const siblingBit = 2 ** (32 - node.prefix);
  const sibling = (node.address ^ siblingBit) >>> 0;
  const vnetPrefix = `${ipToString(parent)}/${parentPrefix}`;
  const serviceCidr = ["10.0.0.0/16", "172.16.0.0/16", "10.255.0.0/16"].find((candidate) => !overlaps(candidate, vnetPrefix))!;
  const service = parseCidr(serviceCidr)!;
  return {
    vnetPrefix,
    nodeSubnet: nodeCidr,
    privateEndpointSubnet: `${ipToString(sibling)}/27`,
    serviceCidr,
    dnsServiceIP: ipToString(service.address + 10),
  };
}

// ---------- ids ----------
export function resourceGroupId(plan: ClusterPlan): string {
  return `/subscriptions/${plan.subscriptionId}/resourceGroups/${plan.resourceGroup}`;
}

export function componentName(plan: ClusterPlan, kind: ComponentKind): string {
  if (kind === "RESOURCE_GROUP") return plan.resourceGroup;
  return componentSpec(kind).name(plan.clusterName);
}

export function componentArmId(plan: ClusterPlan, kind: ComponentKind): string | null {
  const spec = componentSpec(kind);
  if (!spec.type) return null;
  if (kind === "RESOURCE_GROUP") return resourceGroupId(plan);
  return `${resourceGroupId(plan)}/providers/${spec.type}/${componentName(plan, kind)}`;
}

export function subnetId(plan: ClusterPlan, subnet: string): string {
  return `${componentArmId(plan, "VNET")}/subnets/${subnet}`;
}

/** The components a cluster with these settings has, in creation order. */
export function plannedComponents(settings: ClusterSettings): ComponentKind[] {
  return COMPONENT_SPECS.map((spec) => spec.kind).filter((kind) => kind !== "REPLICA" || settings.readReplica);
}

export function resourceTags(plan: ClusterPlan): Record<string, string> {
  return { ...plan.settings.tags, [CLUSTER_TAG]: plan.clusterName };
}

// ---------- request bodies (SDK shapes) ----------
export function resourceGroupBody(plan: ClusterPlan) {
  return { location: plan.location, tags: resourceTags(plan) };
}

export function virtualNetworkBody(plan: ClusterPlan) {
  const net = networkPlan(plan.settings.nodeCidr);
  return {
    location: plan.location,
    tags: resourceTags(plan),
    addressSpace: { addressPrefixes: [net.vnetPrefix] },
    subnets: [
      { name: NODE_SUBNET, addressPrefix: net.nodeSubnet },
      { name: PRIVATE_ENDPOINT_SUBNET, addressPrefix: net.privateEndpointSubnet, privateEndpointNetworkPolicies: "Disabled" },
    ],
  };
}

export function logAnalyticsBody(plan: ClusterPlan) {
  return { location: plan.location, tags: resourceTags(plan), sku: { name: "PerGB2018" }, retentionInDays: 30 };
}

export function monitorWorkspaceBody(plan: ClusterPlan) {
  return { location: plan.location, tags: resourceTags(plan), properties: {} as Record<string, unknown> };
}

/** Azure's storage SKU name of a redundancy: RA-GRS → Standard_RAGRS. */
export function storageSkuName(redundancy: StorageRedundancy): string {
  return `Standard_${redundancy.replace("-", "")}`;
}

/** The redundancy of a storage SKU name as read back (Standard_RAGZRS → RA-GZRS), or null for another SKU. */
export function redundancyOfSku(name: unknown): StorageRedundancy | null {
  const match = /^(?:Standard|Premium)_(RA)?(LRS|ZRS|GRS|GZRS)$/i.exec(String(name ?? ""));
  if (!match) return null;
  return `${match[1] ? "RA-" : ""}${match[2].toUpperCase()}` as StorageRedundancy;
}

function storageBody(plan: ClusterPlan, redundancy: StorageRedundancy) {
  return {
    location: plan.location,
    tags: resourceTags(plan),
    kind: "StorageV2",
    sku: { name: storageSkuName(redundancy) },
    allowBlobPublicAccess: false,
    minimumTlsVersion: "TLS1_2",
  };
}

export function storageAccountBody(plan: ClusterPlan) {
  return storageBody(plan, plan.settings.storageRedundancy);
}

/**
 * The backups (snapshots) live in a storage account of their own, so their redundancy is set
 * apart from the files' (docs/decisions: backup storage redundancy). Ensured with STORAGE.
 */
export function backupStorageName(plan: ClusterPlan): string {
  return compactName("stbk", plan.clusterName);
}

export function backupStorageArmId(plan: ClusterPlan): string {
  return `${resourceGroupId(plan)}/providers/Microsoft.Storage/storageAccounts/${backupStorageName(plan)}`;
}

export function backupStorageAccountBody(plan: ClusterPlan) {
  return storageBody(plan, plan.settings.backupStorageRedundancy);
}

/** ARM `highAvailability.mode` of our HA setting (Off is Disabled). */
export function haModeOf(setting: DatabaseHighAvailability): string {
  return setting === "Off" ? "Disabled" : setting;
}

export function haSettingOf(mode: unknown): DatabaseHighAvailability {
  const value = String(mode ?? "Disabled");
  return value === "SameZone" || value === "ZoneRedundant" ? value : "Off";
}

/** The custom CA as AKS wants it: the PEM's bytes (the SDK sends them base64-encoded). */
export function caCertificateBytes(pem: string | null): Uint8Array[] {
  return pem ? [new TextEncoder().encode(pem.trim() + "\n")] : [];
}

/** Zones of the node pool when the application layer is zone redundant. */
export const AVAILABILITY_ZONES = ["1", "2", "3"] as const;

export function containerRegistryBody(plan: ClusterPlan) {
  return { location: plan.location, tags: resourceTags(plan), sku: { name: "Standard" }, adminUserEnabled: false };
}

/**
 * Microsoft Entra authentication only: no administrator password exists, so none is generated,
 * sent or stored (and the body stays the same on every attempt, which ARM needs to join an
 * in-flight PUT).
 */
export function postgresBody(plan: ClusterPlan) {
  const s = plan.settings;
  return {
    location: plan.location,
    tags: resourceTags(plan),
    sku: { name: s.postgresSku, tier: s.postgresTier },
    version: POSTGRES_VERSION,
    storage: { storageSizeGB: STORAGE_TIER_GIB[s.storageTier], tier: s.storageTier },
    highAvailability: { mode: haModeOf(s.databaseHighAvailability) },
    authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Disabled" },
    network: { publicNetworkAccess: "Disabled" },
    backup: { backupRetentionDays: 7, geoRedundantBackup: "Disabled" },
  };
}

export function replicaBody(plan: ClusterPlan) {
  return {
    location: plan.location,
    tags: resourceTags(plan),
    createMode: "Replica",
    sourceServerResourceId: componentArmId(plan, "POSTGRES")!,
  };
}

export function privateEndpointBody(plan: ClusterPlan) {
  return {
    location: plan.location,
    tags: resourceTags(plan),
    subnet: { id: subnetId(plan, PRIVATE_ENDPOINT_SUBNET) },
    privateLinkServiceConnections: [
      { name: "postgres", privateLinkServiceId: componentArmId(plan, "POSTGRES")!, groupIds: ["postgresqlServer"] },
    ],
  };
}

export function privateDnsZoneBody(plan: ClusterPlan) {
  return { location: "global", tags: resourceTags(plan) };
}

export function privateDnsLinkBody(plan: ClusterPlan) {
  return { location: "global", tags: resourceTags(plan), virtualNetwork: { id: componentArmId(plan, "VNET")! }, registrationEnabled: false };
}

export function aksBody(plan: ClusterPlan, currentNodeCount?: number) {
  const s = plan.settings;
  const net = networkPlan(s.nodeCidr);
  const count = Math.min(Math.max(currentNodeCount ?? 1, 1), s.maxNodeCount);
  return {
    location: plan.location,
    tags: resourceTags(plan),
    sku: { name: "Base", tier: s.aksTier },
    identity: { type: "SystemAssigned" },
    // Microsoft Entra sign-in only (the portal reads user credentials with an Entra token), with Kubernetes RBAC.
    disableLocalAccounts: true,
    enableRbac: true,
    dnsPrefix: `aks-${plan.clusterName}`.slice(0, 54),
    agentPoolProfiles: [
      {
        name: "system",
        mode: "System",
        vmSize: s.nodeVmSize,
        count,
        enableAutoScaling: true,
        minCount: 1,
        maxCount: s.maxNodeCount,
        vnetSubnetID: subnetId(plan, NODE_SUBNET),
        osType: "Linux",
        type: "VirtualMachineScaleSets",
        availabilityZones: s.zoneRedundant ? [...AVAILABILITY_ZONES] : undefined,
      },
    ],
    networkProfile: {
      networkPlugin: "azure",
      loadBalancerSku: "standard",
      serviceCidr: net.serviceCidr,
      dnsServiceIP: net.dnsServiceIP,
      // Network isolated: no egress at all; images come through the registry's artifact cache.
      outboundType: s.networkIsolated ? "none" : "loadBalancer",
    },
    bootstrapProfile: { artifactSource: s.networkIsolated ? "Cache" : "Direct" },
    securityProfile: s.customCaCertificate ? { customCATrustCertificates: caCertificateBytes(s.customCaCertificate) } : undefined,
    ingressProfile: {
      webAppRouting: { enabled: true, nginx: { defaultIngressControllerType: s.loadBalancer === "internal" ? "Internal" : "External" } },
    },
    addonProfiles: {
      omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: componentArmId(plan, "LOG_ANALYTICS")! } },
    },
  };
}

export function grafanaBody(plan: ClusterPlan) {
  return {
    location: plan.location,
    tags: resourceTags(plan),
    sku: { name: "Standard" },
    identity: { type: "SystemAssigned" },
    properties: {
      publicNetworkAccess: plan.settings.grafanaAccess === "private" ? "Disabled" : "Enabled",
      grafanaMajorVersion: "11",
      grafanaIntegrations: { azureMonitorWorkspaceIntegrations: [{ azureMonitorWorkspaceResourceId: componentArmId(plan, "PROMETHEUS")! }] },
    },
  };
}

/** Fields that ARM accepts on create but never returns (so they cannot be compared with what is read). */
const WRITE_ONLY = new Set(["createMode", "sourceServerResourceId", "count"]);

/** The part of a desired body that must be found in the resource as read for it to be "as desired". */
export function comparable(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(comparable);
  if (body && typeof body === "object") {
    return Object.fromEntries(
      Object.entries(body as Record<string, unknown>)
        .filter(([key, value]) => !WRITE_ONLY.has(key) && value !== undefined)
        .map(([key, value]) => [key, comparable(value)]),
    );
  }
  return body;
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") {
    // ARM ids, locations and enum values come back in any casing.
    return a.toLowerCase() === b.toLowerCase() || a.replace(/\s/g, "").toLowerCase() === b.replace(/\s/g, "").toLowerCase();
  }
  return a === b;
}

/**
 * Paths where `desired` differs from `actual`; every field of `desired` must be present and equal
 * in `actual` (which may hold more). Arrays of named objects are matched by name. Tags must match
 * exactly: a tag removed from the settings must disappear from Azure too.
 */
export function differences(desired: unknown, actual: unknown, path = ""): string[] {
  if (desired === undefined) return [];
  if (Array.isArray(desired)) {
    if (!Array.isArray(actual)) return [path || "(root)"];
    const named = desired.every((item) => item && typeof item === "object" && "name" in item);
    return desired.flatMap((item, index) => {
      const match = named ? actual.find((candidate) => candidate && typeof candidate === "object" && sameScalar((candidate as { name?: unknown }).name, (item as { name: unknown }).name)) : actual[index];
      return differences(item, match, `${path}[${named ? (item as { name: string }).name : index}]`);
    });
  }
  if (desired && typeof desired === "object") {
    if (!actual || typeof actual !== "object") return [path || "(root)"];
    const a = actual as Record<string, unknown>;
    const out: string[] = [];
    for (const [key, value] of Object.entries(desired as Record<string, unknown>)) {
      const sub = path ? `${path}.${key}` : key;
      if (key === "tags" && value && typeof value === "object") {
        const have = (a.tags ?? {}) as Record<string, unknown>;
        const want = value as Record<string, unknown>;
        const keys = new Set([...Object.keys(have), ...Object.keys(want)]);
        if ([...keys].some((tag) => have[tag] !== want[tag])) out.push(sub);
        continue;
      }
      out.push(...differences(value, a[key], sub));
    }
    return out;
  }
  return sameScalar(desired, actual) ? [] : [path || "(root)"];
}

// ---------- answers (SDK shapes) to our states ----------
const BUSY = new Set(["accepted", "creating", "updating", "deleting", "provisioning", "inprogress", "starting", "stopping", "dropping", "migrating", "restarting", "updatingsettings"]);

/** What a resource read from Azure says about itself: settled and healthy, still busy, or failed. */
export function resourceCondition(resource: { provisioningState?: unknown; state?: unknown; properties?: unknown }): "ready" | "busy" | "failed" {
  const props = (resource.properties ?? {}) as { provisioningState?: unknown; state?: unknown };
  const raw = resource.provisioningState ?? props.provisioningState ?? resource.state ?? props.state ?? "Succeeded";
  const value = String(raw).toLowerCase();
  if (BUSY.has(value)) return "busy";
  if (value === "succeeded" || value === "ready") return "ready";
  return "failed";
}

export function componentStateOf(condition: "ready" | "busy" | "failed" | "missing"): ComponentState {
  return condition === "ready" ? "SUCCEEDED" : condition === "busy" ? "PROVISIONING" : condition === "failed" ? "FAILED" : "PENDING";
}

/** The endpoints and versions recorded on the cluster once it is up. */
export function clusterFacts(plan: ClusterPlan, aks: { currentKubernetesVersion?: string; kubernetesVersion?: string; agentPoolProfiles?: { nodeImageVersion?: string }[] } | null, grafana: { properties?: { endpoint?: string; grafanaVersion?: string } } | null) {
  return {
    kubernetesVersion: aks?.currentKubernetesVersion ?? aks?.kubernetesVersion ?? null,
    nodeImageVersion: aks?.agentPoolProfiles?.[0]?.nodeImageVersion ?? null,
    grafanaUrl: grafana?.properties?.endpoint ?? null,
    grafanaVersion: grafana?.properties?.grafanaVersion ?? null,
    appDomain: `${plan.clusterName}.apps.${plan.location}.mendix-azure.example`,
  };
}
