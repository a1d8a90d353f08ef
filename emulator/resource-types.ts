// Per-type behaviour: defaults, derived (read-only) properties, validation, composed views.
import { createHash, randomUUID } from "node:crypto";
import { ArmHttpError } from "./errors";
import type { Json, Store, StoredResource } from "./state";
import type { ComputeSkuSpec } from "./types";
import { checkAgentPool, checkManagedCluster, checkPostgres, checkStorageSku, checkSubnet } from "./update-rules";

export interface ResolvedOptions {
  provisionMs: number;
  postgres: { host: string; port: number } | null;
  blobEndpoint: string | null;
  regions: string[];
  computeSkus: ComputeSkuSpec[];
  kubernetesVersions: string[];
  tenantId: string;
  unregisteredProviders: string[];
}

export interface PutCtx {
  opts: ResolvedOptions;
  store: Store;
  subscriptionId: string;
  resourceGroup: string;
  /** Resource group key (lower-cased id). */
  rgKey: string;
  key: string;
  id: string;
  name: string;
  type: string;
  parent?: StoredResource;
  existing?: StoredResource;
  /** Upserts an inline child (agent pool, subnet) and returns its key. */
  upsertChild(childType: string, name: string, body: Json): string;
}

export interface TypeSpec {
  type: string;
  /** PUT/DELETE are long-running (201/202 + Azure-AsyncOperation). */
  lro: boolean;
  /** PATCH support: "sync" answers 200 with the merged resource; "async" answers 202 + LRO headers. */
  patch?: "sync" | "async";
  /** Tracked top-level resources need a location. */
  needsLocation?: boolean;
  /** Fill defaults and derived properties of the new representation; throw ArmHttpError to reject. */
  prepare?(ctx: PutCtx, body: Json): void;
  /** Side effects after the resource was stored; may return extra keys following the operation. */
  afterPut?(ctx: PutCtx, body: Json): string[] | void;
  /** Response representation. */
  view?(store: Store, r: StoredResource): Json;
}

export const ACTIVE_STATES = new Set(["Accepted", "Creating", "Updating", "Deleting", "Provisioning", "InProgress"]);

function hash(s: string, len = 8): string {
  return createHash("sha1").update(s).digest("hex").slice(0, len);
}

/** Stable GUID-looking id derived from a seed (so derived ids survive re-PUTs and restarts). */
export function stableGuid(seed: string): string {
  const h = createHash("sha1").update(seed).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function bad(code: string, message: string, status = 400): never {
  throw new ArmHttpError(status, code, message);
}

function props(body: Json): Json {
  if (!body.properties || typeof body.properties !== "object") body.properties = {};
  return body.properties;
}

function fillIdentity(body: Json, seed: string, tenantId: string): void {
  const t = body.identity?.type;
  if (typeof t === "string" && /SystemAssigned/i.test(t)) {
    body.identity.principalId ??= stableGuid("principal:" + seed);
    body.identity.tenantId ??= tenantId;
  }
}

// ---------- CIDR helpers ----------
function parseCidr(cidr: unknown): { base: number; bits: number } | null {
  if (typeof cidr !== "string") return null;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr.trim());
  if (!m) return null;
  const parts = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (parts.some((p) => p > 255) || bits > 32) return null;
  const ip = ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { base: (ip & mask) >>> 0, bits };
}
function cidrRange(c: { base: number; bits: number }): [number, number] {
  return [c.base, c.base + 2 ** (32 - c.bits) - 1];
}
function within(inner: { base: number; bits: number }, outer: { base: number; bits: number }): boolean {
  const [a, b] = cidrRange(inner);
  const [c, d] = cidrRange(outer);
  return a >= c && b <= d;
}
function overlaps(x: { base: number; bits: number }, y: { base: number; bits: number }): boolean {
  const [a, b] = cidrRange(x);
  const [c, d] = cidrRange(y);
  return a <= d && c <= b;
}

// ---------- AKS ----------
const NODE_IMAGE = "AKSUbuntu-2204gen2containerd-202501.12.0";

function resolveK8s(opts: ResolvedOptions, requested: string | undefined): string {
  const versions = opts.kubernetesVersions;
  const def = versions[Math.max(0, versions.length - 2)];
  if (!requested) return def;
  if (versions.includes(requested)) return requested;
  const minor = versions.filter((v) => v.startsWith(requested + "."));
  if (/^\d+\.\d+$/.test(requested) && minor.length) return minor[minor.length - 1];
  bad(
    "K8sVersionNotSupported",
    `Version ${requested} is not supported in this region. Please use [az aks get-versions] command to get the supported version list in this region.`,
  );
}

function prepareAgentPool(opts: ResolvedOptions, p: Json, clusterVersion: string, seed: string, location?: string): void {
  p.count ??= 3;
  p.vmSize ??= "Standard_D4s_v5";
  p.type ??= "VirtualMachineScaleSets";
  p.mode ??= "User";
  p.osType ??= "Linux";
  p.osSKU ??= "Ubuntu";
  p.osDiskSizeGB ??= 128;
  p.maxPods ??= 30;
  p.enableAutoScaling ??= false;
  p.orchestratorVersion ??= clusterVersion;
  p.currentOrchestratorVersion = resolveK8s(opts, p.orchestratorVersion);
  p.nodeImageVersion ??= NODE_IMAGE;
  p.powerState ??= { code: "Running" };
  if (p.enableAutoScaling) {
    if (typeof p.minCount !== "number" || typeof p.maxCount !== "number")
      bad("InvalidParameter", "minCount and maxCount are required when enableAutoScaling is true.");
    if (p.minCount > p.maxCount) bad("InvalidParameter", `minCount (${p.minCount}) must be less than or equal to maxCount (${p.maxCount}).`);
    if (p.count < p.minCount || p.count > p.maxCount)
      bad("InvalidParameter", `count (${p.count}) must be between minCount (${p.minCount}) and maxCount (${p.maxCount}).`);
  }
  if (typeof p.count !== "number" || p.count < 0 || p.count > 1000) bad("InvalidParameter", `Invalid agent pool count ${p.count}.`);
  if (location) {
    const sku = opts.computeSkus.find((s) => s.name.toLowerCase() === String(p.vmSize).toLowerCase());
    if (sku) {
      const offered = !sku.locations || sku.locations.includes(location);
      const restricted = sku.restrictedLocations?.includes(location);
      if (!offered || restricted)
        bad("VMSizeNotSupported", `The VM size of ${p.vmSize} is not allowed in your subscription in location '${location}'.`);
    }
  }
  void seed;
}

const managedClusters: TypeSpec = {
  type: "Microsoft.ContainerService/managedClusters",
  lro: true,
  patch: "sync",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    const version = resolveK8s(ctx.opts, p.kubernetesVersion);
    p.kubernetesVersion ??= version;
    p.currentKubernetesVersion = version;
    body.sku ??= { name: "Base", tier: "Free" };
    body.sku.name ??= "Base";
    body.sku.tier ??= "Free";
    if (!["Free", "Standard", "Premium"].includes(body.sku.tier))
      bad("InvalidParameter", `The value of parameter sku.tier '${body.sku.tier}' is invalid. Allowed: Free, Standard, Premium.`);
    p.dnsPrefix ??= `${ctx.name}-dns`;
    p.fqdn = `${p.dnsPrefix}-${hash(ctx.key)}.hcp.${body.location}.azmk8s.io`;
    p.azurePortalFQDN = `${p.dnsPrefix}-${hash(ctx.key)}.portal.hcp.${body.location}.azmk8s.io`;
    p.nodeResourceGroup ??= `MC_${ctx.resourceGroup}_${ctx.name}_${body.location}`;
    p.powerState ??= { code: "Running" };
    p.enableRBAC ??= true;
    p.maxAgentPools ??= 100;
    p.networkProfile = {
      networkPlugin: "azure",
      networkPolicy: "none",
      loadBalancerSku: "standard",
      serviceCidr: "10.0.0.0/16",
      dnsServiceIP: "10.0.0.10",
      outboundType: "loadBalancer",
      ...(p.networkProfile ?? {}),
    };
    p.ingressProfile ??= {};
    p.ingressProfile.webAppRouting ??= { enabled: false };
    if (p.ingressProfile.webAppRouting.enabled) {
      p.ingressProfile.webAppRouting.identity ??= {
        resourceId: `/subscriptions/${ctx.subscriptionId}/resourcegroups/${p.nodeResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/webapprouting-${ctx.name}`,
        clientId: stableGuid("warclient:" + ctx.key),
        objectId: stableGuid("warobject:" + ctx.key),
      };
    }
    p.identityProfile ??= {
      kubeletidentity: {
        resourceId: `/subscriptions/${ctx.subscriptionId}/resourcegroups/${p.nodeResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${ctx.name}-agentpool`,
        clientId: stableGuid("kubeletclient:" + ctx.key),
        objectId: stableGuid("kubeletobject:" + ctx.key),
      },
    };
    fillIdentity(body, ctx.key, ctx.opts.tenantId);
    checkManagedCluster(ctx.store, ctx.key, body, ctx.existing?.body);
    const pools: Json[] = Array.isArray(p.agentPoolProfiles) ? p.agentPoolProfiles : [];
    if (!ctx.existing && pools.length === 0)
      bad("InvalidParameter", "The value of parameter agentPoolProfiles is invalid. At least one system agent pool is required.");
    pools.forEach((pool, i) => {
      if (!pool.name) bad("InvalidParameter", "agentPoolProfiles[].name is required.");
      pool.mode ??= i === 0 ? "System" : "User";
      prepareAgentPool(ctx.opts, pool, version, ctx.key + "/" + pool.name, body.location);
    });
  },
  afterPut(ctx, body) {
    const p = body.properties;
    const pools: Json[] = Array.isArray(p.agentPoolProfiles) ? p.agentPoolProfiles : [];
    delete p.agentPoolProfiles; // the agentPools children are the source of truth
    return pools.map((pool) => {
      const { name, ...rest } = pool;
      return ctx.upsertChild("agentPools", name, { properties: rest });
    });
  },
  view(store, r) {
    const body = structuredClone(r.body);
    const pools = store.listCollection(r.key + "/agentpools");
    body.properties.agentPoolProfiles = pools.map((c) => ({ name: c.name, ...structuredClone(c.body.properties) }));
    return body;
  },
};

const agentPools: TypeSpec = {
  type: "Microsoft.ContainerService/managedClusters/agentPools",
  lro: true,
  prepare(ctx, body) {
    const clusterVersion = ctx.parent?.body.properties?.currentKubernetesVersion;
    checkAgentPool(props(body), ctx.existing?.body.properties, ctx.name);
    prepareAgentPool(ctx.opts, props(body), clusterVersion, ctx.key, ctx.parent?.body.location);
    delete body.location;
  },
};

// ---------- PostgreSQL flexible server ----------
const PG_TIER_BY_SIZE: Array<[number, string]> = [
  [32, "P4"], [64, "P6"], [128, "P10"], [256, "P15"], [512, "P20"], [1024, "P30"],
  [2048, "P40"], [4096, "P50"], [8192, "P60"], [16384, "P70"], [32767, "P80"],
];
const PG_TIERS = ["P1", "P2", "P3", "P4", "P6", "P10", "P15", "P20", "P30", "P40", "P50", "P60", "P70", "P80"];

const flexibleServers: TypeSpec = {
  type: "Microsoft.DBforPostgreSQL/flexibleServers",
  lro: true,
  patch: "async",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    const mode = String(p.createMode ?? "Default");
    let source: StoredResource | undefined;
    if (/^replica$/i.test(mode) && !ctx.existing) {
      const srcId = p.sourceServerResourceId;
      if (typeof srcId !== "string" || !srcId) bad("InvalidParameterValue", "sourceServerResourceId is required when createMode is Replica.");
      source = ctx.store.get(srcId.toLowerCase());
      if (!source) bad("ResourceNotFound", `The source server '${srcId}' was not found.`, 404);
      const sp = source.body.properties ?? {};
      p.version ??= sp.version;
      p.storage ??= structuredClone(sp.storage);
      body.sku ??= structuredClone(source.body.sku);
      p.administratorLogin ??= sp.administratorLogin;
      p.replicationRole = "AsyncReplica";
      p.replica = { role: "AsyncReplica", replicationState: "Active", capacity: 0 };
    }
    if (ctx.existing) {
      // createMode/source only matter on create; keep the replica role.
      const ep = ctx.existing.body.properties ?? {};
      if (ep.replicationRole) p.replicationRole = ep.replicationRole;
      if (ep.replica) p.replica = ep.replica;
      if (ep.sourceServerResourceId) p.sourceServerResourceId = ep.sourceServerResourceId;
      p.administratorLogin ??= ep.administratorLogin;
    }
    body.sku ??= { name: "Standard_D2ds_v5", tier: "GeneralPurpose" };
    if (!["Burstable", "GeneralPurpose", "MemoryOptimized"].includes(body.sku.tier))
      bad("InvalidParameterValue", `Invalid value given for parameter sku.tier: '${body.sku.tier}'.`);
    p.version ??= "16";
    p.storage ??= {};
    p.storage.storageSizeGB ??= 128;
    const size = p.storage.storageSizeGB;
    const minTier = (PG_TIER_BY_SIZE.find(([gb]) => size <= gb) ?? PG_TIER_BY_SIZE[PG_TIER_BY_SIZE.length - 1])[1];
    p.storage.tier ??= minTier;
    if (!PG_TIERS.includes(p.storage.tier)) bad("InvalidParameterValue", `Invalid value given for parameter storage.tier: '${p.storage.tier}'.`);
    if (PG_TIERS.indexOf(p.storage.tier) < PG_TIERS.indexOf(minTier))
      bad("InvalidStorageTier", `Storage tier ${p.storage.tier} is lower than the minimum tier ${minTier} for ${size} GiB.`);
    const oldSize = ctx.existing?.body.properties?.storage?.storageSizeGB;
    if (typeof oldSize === "number" && size < oldSize)
      bad("InvalidStorageSizeDecrease", `Storage size cannot be decreased from ${oldSize} GiB to ${size} GiB.`);
    p.storage.autoGrow ??= "Disabled";
    p.storage.type ??= "Premium_LRS";
    p.backup ??= { backupRetentionDays: 7, geoRedundantBackup: "Disabled" };
    p.backup.earliestRestoreDate ??= new Date().toISOString();
    p.highAvailability ??= { mode: "Disabled" };
    p.highAvailability.state = p.highAvailability.mode === "Disabled" ? "NotEnabled" : "Healthy";
    checkPostgres(ctx.store, ctx.id, body, ctx.existing?.body, source?.body);
    p.network ??= { publicNetworkAccess: "Enabled" };
    p.network.publicNetworkAccess ??= p.network.delegatedSubnetResourceId ? "Disabled" : "Enabled";
    p.state = "Ready";
    p.fullyQualifiedDomainName = ctx.opts.postgres ? ctx.opts.postgres.host : `${ctx.name}.postgres.database.azure.com`;
    p.replicationRole ??= "Primary";
    p.replicaCapacity ??= 5;
    p.minorVersion ??= "6";
    delete p.administratorLoginPassword;
    delete p.createMode;
    if (source) p.sourceServerResourceId = source.id;
    fillIdentity(body, ctx.key, ctx.opts.tenantId);
  },
  afterPut(ctx, body) {
    const src = body.properties?.sourceServerResourceId;
    if (typeof src === "string") {
      const s = ctx.store.get(src.toLowerCase());
      if (s) {
        s.body.properties.replicationRole = "Primary";
        s.body.properties.replica = { ...(s.body.properties.replica ?? {}), role: "Primary" };
        ctx.store.put(s);
      }
    }
  },
};

const pgDatabases: TypeSpec = {
  type: "Microsoft.DBforPostgreSQL/flexibleServers/databases",
  lro: true,
  prepare(_ctx, body) {
    const p = props(body);
    p.charset ??= "UTF8";
    p.collation ??= "en_US.utf8";
    delete body.location;
  },
};

// ---------- Others ----------
const registries: TypeSpec = {
  type: "Microsoft.ContainerRegistry/registries",
  lro: true,
  patch: "sync",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    body.sku ??= { name: "Standard" };
    body.sku.tier = body.sku.name;
    p.loginServer = `${ctx.name.toLowerCase()}.azurecr.io`;
    p.adminUserEnabled ??= false;
    p.publicNetworkAccess ??= "Enabled";
    p.creationDate = ctx.existing?.body.properties?.creationDate ?? new Date().toISOString();
    p.dataEndpointEnabled ??= false;
    p.zoneRedundancy ??= "Disabled";
    fillIdentity(body, ctx.key, ctx.opts.tenantId);
  },
};

const storageAccounts: TypeSpec = {
  type: "Microsoft.Storage/storageAccounts",
  lro: true,
  patch: "sync",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    body.kind ??= "StorageV2";
    body.sku ??= { name: "Standard_LRS" };
    body.sku.tier = /^Premium/.test(body.sku.name) ? "Premium" : "Standard";
    checkStorageSku(body, ctx.existing?.body);
    if (!/^[a-z0-9]{3,24}$/.test(ctx.name))
      bad("AccountNameInvalid", `${ctx.name} is not a valid storage account name. Storage account name must be between 3 and 24 characters in length and use numbers and lower-case letters only.`);
    const blob = ctx.opts.blobEndpoint
      ? ctx.opts.blobEndpoint.replace(/\/?$/, "/")
      : `https://${ctx.name}.blob.core.windows.net/`;
    p.primaryEndpoints = {
      blob,
      dfs: `https://${ctx.name}.dfs.core.windows.net/`,
      file: `https://${ctx.name}.file.core.windows.net/`,
      queue: `https://${ctx.name}.queue.core.windows.net/`,
      table: `https://${ctx.name}.table.core.windows.net/`,
      web: `https://${ctx.name}.z6.web.core.windows.net/`,
    };
    p.primaryLocation = body.location;
    p.statusOfPrimary = "available";
    p.accessTier ??= "Hot";
    p.supportsHttpsTrafficOnly ??= true;
    p.minimumTlsVersion ??= "TLS1_2";
    p.allowBlobPublicAccess ??= false;
    p.publicNetworkAccess ??= "Enabled";
    p.creationTime = ctx.existing?.body.properties?.creationTime ?? new Date().toISOString();
    fillIdentity(body, ctx.key, ctx.opts.tenantId);
  },
};

const grafana: TypeSpec = {
  type: "Microsoft.Dashboard/grafana",
  lro: true,
  patch: "sync",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    body.sku ??= { name: "Standard" };
    p.publicNetworkAccess ??= "Enabled";
    if (!["Enabled", "Disabled"].includes(p.publicNetworkAccess))
      bad("InvalidParameter", `Invalid publicNetworkAccess '${p.publicNetworkAccess}'.`);
    p.zoneRedundancy ??= "Disabled";
    p.apiKey ??= "Disabled";
    p.deterministicOutboundIP ??= "Disabled";
    p.grafanaMajorVersion ??= "11";
    p.grafanaVersion = p.grafanaMajorVersion === "10" ? "10.4.15" : "11.5.2";
    p.endpoint = `https://${ctx.name.toLowerCase()}-${hash(ctx.key, 6)}.${String(body.location).slice(0, 3)}.grafana.azure.com`;
    p.grafanaIntegrations ??= { azureMonitorWorkspaceIntegrations: [] };
    fillIdentity(body, ctx.key, ctx.opts.tenantId);
  },
};

const monitorAccounts: TypeSpec = {
  type: "Microsoft.Monitor/accounts",
  lro: false,
  patch: "sync",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    p.accountId = ctx.existing?.body.properties?.accountId ?? stableGuid("amw:" + ctx.key);
    p.metrics = {
      prometheusQueryEndpoint: `https://${ctx.name.toLowerCase()}-${hash(ctx.key, 6)}.${body.location}.prometheus.monitor.azure.com`,
      internalId: `mac_${p.accountId}`,
    };
    p.publicNetworkAccess ??= "Enabled";
    p.defaultIngestionSettings ??= {
      dataCollectionRuleResourceId: `/subscriptions/${ctx.subscriptionId}/resourceGroups/MA_${ctx.name}_${body.location}_managed/providers/Microsoft.Insights/dataCollectionRules/${ctx.name}`,
      dataCollectionEndpointResourceId: `/subscriptions/${ctx.subscriptionId}/resourceGroups/MA_${ctx.name}_${body.location}_managed/providers/Microsoft.Insights/dataCollectionEndpoints/${ctx.name}`,
    };
  },
};

const workspaces: TypeSpec = {
  type: "Microsoft.OperationalInsights/workspaces",
  lro: true,
  patch: "sync",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    p.customerId = ctx.existing?.body.properties?.customerId ?? stableGuid("law:" + ctx.key);
    p.sku ??= { name: "PerGB2018" };
    p.retentionInDays ??= 30;
    p.publicNetworkAccessForIngestion ??= "Enabled";
    p.publicNetworkAccessForQuery ??= "Enabled";
    p.createdDate = ctx.existing?.body.properties?.createdDate ?? new Date().toISOString();
    p.modifiedDate = new Date().toISOString();
    p.workspaceCapping ??= { dailyQuotaGb: -1 };
  },
};

function prepareSubnet(ctx: PutCtx, sub: Json, vnet: Json | undefined, siblings: Array<{ name: string; prefix: string }>, name: string): void {
  const prefix = sub.addressPrefix ?? sub.addressPrefixes?.[0];
  const c = parseCidr(prefix);
  if (!c) bad("InvalidAddressPrefixFormat", `Address prefix ${prefix} of subnet ${name} has an invalid format.`);
  const space: string[] = vnet?.properties?.addressSpace?.addressPrefixes ?? [];
  if (space.length && !space.some((s) => { const o = parseCidr(s); return o ? within(c, o) : false; }))
    bad("NetcfgSubnetRangeOutsideVnet", `Subnet '${name}' is not valid because its IP address range is outside the IP address range of virtual network '${vnet?.name}'.`);
  for (const s of siblings) {
    if (s.name.toLowerCase() === name.toLowerCase()) continue;
    const o = parseCidr(s.prefix);
    if (o && overlaps(c, o))
      bad("NetcfgSubnetRangesOverlap", `Subnet '${name}' is not valid because its IP address range overlaps with that of an existing subnet '${s.name}' in virtual network '${vnet?.name}'.`);
  }
  sub.privateEndpointNetworkPolicies ??= "Disabled";
  sub.privateLinkServiceNetworkPolicies ??= "Enabled";
  sub.delegations ??= [];
  void ctx;
}

const virtualNetworks: TypeSpec = {
  type: "Microsoft.Network/virtualNetworks",
  lro: true,
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    const prefixes: unknown[] = p.addressSpace?.addressPrefixes ?? [];
    if (!prefixes.length) bad("InvalidRequestFormat", "Cannot parse the request. addressSpace.addressPrefixes is required.");
    for (const pr of prefixes) if (!parseCidr(pr)) bad("InvalidAddressPrefixFormat", `Address prefix ${pr} has an invalid format.`);
    p.resourceGuid = ctx.existing?.body.properties?.resourceGuid ?? stableGuid("vnet:" + ctx.key);
    p.enableDdosProtection ??= false;
    const subnets: Json[] = Array.isArray(p.subnets) ? p.subnets : [];
    const sibs = subnets.map((s) => ({ name: String(s.name), prefix: s.properties?.addressPrefix }));
    for (const s of subnets) {
      if (!s.name) bad("InvalidRequestFormat", "subnets[].name is required.");
      s.properties ??= {};
      checkSubnet(ctx.store, `${ctx.id}/subnets/${s.name}`, s, ctx.store.get(`${ctx.key}/subnets/${String(s.name).toLowerCase()}`)?.body);
      prepareSubnet(ctx, s.properties, { name: ctx.name, properties: p }, sibs, s.name);
    }
    body.etag = `W/"${randomUUID()}"`;
  },
  afterPut(ctx, body) {
    const p = body.properties;
    const subnets: Json[] | undefined = Array.isArray(p.subnets) ? p.subnets : undefined;
    delete p.subnets;
    if (!subnets) return [];
    return subnets.map((s) => ctx.upsertChild("subnets", s.name, { properties: s.properties }));
  },
  view(store, r) {
    const body = structuredClone(r.body);
    body.properties.subnets = store.listCollection(r.key + "/subnets").map((c) => ({
      id: c.id,
      name: c.name,
      type: c.type,
      properties: structuredClone(c.body.properties),
    }));
    return body;
  },
};

const subnets: TypeSpec = {
  type: "Microsoft.Network/virtualNetworks/subnets",
  lro: true,
  prepare(ctx, body) {
    const sibs = ctx.store
      .listCollection(ctx.parent!.key + "/subnets")
      .map((s) => ({ name: s.name, prefix: s.body.properties?.addressPrefix }));
    checkSubnet(ctx.store, ctx.id, body, ctx.existing?.body);
    prepareSubnet(ctx, props(body), ctx.parent?.body, sibs, ctx.name);
    delete body.location;
  },
};

const privateEndpoints: TypeSpec = {
  type: "Microsoft.Network/privateEndpoints",
  lro: true,
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    const subnetId = p.subnet?.id;
    if (typeof subnetId !== "string") bad("InvalidRequestFormat", "Cannot parse the request. subnet.id is required.");
    if (!ctx.store.get(subnetId.toLowerCase()))
      bad("InvalidResourceReference", `Resource ${subnetId} referenced by resource ${ctx.id} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`);
    for (const c of [...(p.privateLinkServiceConnections ?? []), ...(p.manualPrivateLinkServiceConnections ?? [])]) {
      c.properties ??= {};
      c.properties.privateLinkServiceConnectionState ??= { status: "Approved", description: "Auto-Approved", actionsRequired: "None" };
      c.properties.provisioningState = "Succeeded";
    }
    p.networkInterfaces = [
      { id: `/subscriptions/${ctx.subscriptionId}/resourceGroups/${ctx.resourceGroup}/providers/Microsoft.Network/networkInterfaces/${ctx.name}.nic.${stableGuid(ctx.key)}` },
    ];
    p.customDnsConfigs ??= [];
  },
};

const privateDnsZones: TypeSpec = {
  type: "Microsoft.Network/privateDnsZones",
  lro: true,
  patch: "async",
  prepare(_ctx, body) {
    body.location = "global";
    const p = props(body);
    p.maxNumberOfRecordSets = 25000;
    p.numberOfRecordSets ??= 1;
    p.maxNumberOfVirtualNetworkLinks = 1000;
    p.numberOfVirtualNetworkLinks ??= 0;
    p.maxNumberOfVirtualNetworkLinksWithRegistration = 100;
    p.numberOfVirtualNetworkLinksWithRegistration ??= 0;
    body.etag = randomUUID();
  },
};

const vnetLinks: TypeSpec = {
  type: "Microsoft.Network/privateDnsZones/virtualNetworkLinks",
  lro: true,
  prepare(_ctx, body) {
    body.location = "global";
    const p = props(body);
    p.registrationEnabled ??= false;
    p.virtualNetworkLinkState = "Completed";
    body.etag = randomUUID();
  },
};

const applications: TypeSpec = {
  type: "Microsoft.Solutions/applications",
  lro: true,
  patch: "sync",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    body.kind ??= "MarketPlace";
    const mrg = p.managedResourceGroupId;
    if (typeof mrg !== "string" || !/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+$/i.test(mrg))
      bad("InvalidRequestContent", "The request content was invalid: properties.managedResourceGroupId must be a resource group id.");
    if (ctx.existing && ctx.existing.body.properties.managedResourceGroupId.toLowerCase() !== mrg.toLowerCase())
      bad("ManagedResourceGroupIdCannotBeChanged", "The managed resource group of an application cannot be changed.", 409);
    const existingMrg = ctx.store.get(mrg.toLowerCase());
    if (existingMrg && existingMrg.body.managedBy && existingMrg.body.managedBy.toLowerCase() !== ctx.key)
      bad("ManagedResourceGroupAlreadyExists", `The managed resource group '${mrg}' is already managed by '${existingMrg.body.managedBy}'.`, 409);
    p.publisherTenantId ??= ctx.opts.tenantId;
    p.outputs ??= {};
    p.parameters ??= {};
    p.createdBy ??= { oid: stableGuid("creator"), applicationId: stableGuid("app") };
  },
  afterPut(ctx, body) {
    const mrg: string = body.properties.managedResourceGroupId;
    const key = mrg.toLowerCase();
    if (!ctx.store.get(key)) {
      const name = mrg.split("/").pop()!;
      const id = `/subscriptions/${ctx.subscriptionId}/resourceGroups/${name}`;
      ctx.store.put({
        key,
        id,
        name,
        type: "Microsoft.Resources/resourceGroups",
        createdAt: new Date().toISOString(),
        body: {
          id,
          name,
          type: "Microsoft.Resources/resourceGroups",
          location: body.location,
          managedBy: ctx.id,
          tags: {},
          properties: { provisioningState: "Succeeded" },
        },
      });
    }
  },
};

export const TYPE_SPECS: TypeSpec[] = [
  managedClusters,
  agentPools,
  flexibleServers,
  pgDatabases,
  registries,
  storageAccounts,
  grafana,
  monitorAccounts,
  workspaces,
  virtualNetworks,
  subnets,
  privateEndpoints,
  privateDnsZones,
  vnetLinks,
  applications,
  { type: "Microsoft.Network/privateDnsZones/A", lro: false },
  { type: "Microsoft.ManagedIdentity/userAssignedIdentities", lro: false, needsLocation: true },
];

const SPEC_BY_TYPE = new Map(TYPE_SPECS.map((s) => [s.type.toLowerCase(), s]));

export function specFor(type: string): TypeSpec | undefined {
  return SPEC_BY_TYPE.get(type.toLowerCase());
}

/** Canonical casing for a resource type (known types), else as given. */
export function canonicalType(type: string): string {
  return SPEC_BY_TYPE.get(type.toLowerCase())?.type ?? type;
}

export const DEFAULT_REGIONS = [
  "westeurope", "northeurope", "germanywestcentral", "swedencentral", "uksouth", "eastus", "eastus2", "westus2",
];

export const DEFAULT_COMPUTE_SKUS: ComputeSkuSpec[] = [
  { name: "Standard_B2s", family: "standardBSFamily", vCPUs: 2, memoryGB: 4 },
  { name: "Standard_D2s_v5", family: "standardDSv5Family", vCPUs: 2, memoryGB: 8 },
  { name: "Standard_D4s_v5", family: "standardDSv5Family", vCPUs: 4, memoryGB: 16 },
  { name: "Standard_D8s_v5", family: "standardDSv5Family", vCPUs: 8, memoryGB: 32, restrictedLocations: ["uksouth"] },
  { name: "Standard_D16s_v5", family: "standardDSv5Family", vCPUs: 16, memoryGB: 64 },
  {
    name: "Standard_E4s_v5",
    family: "standardESv5Family",
    vCPUs: 4,
    memoryGB: 32,
    locations: ["westeurope", "northeurope", "swedencentral", "uksouth", "eastus", "eastus2", "westus2"],
  },
  {
    name: "Standard_E8s_v5",
    family: "standardESv5Family",
    vCPUs: 8,
    memoryGB: 64,
    locations: ["westeurope", "northeurope", "swedencentral", "uksouth", "eastus", "eastus2", "westus2"],
  },
];

export const DEFAULT_K8S_VERSIONS = ["1.29.11", "1.30.7", "1.31.3", "1.32.0"];

export const REGION_DISPLAY: Record<string, string> = {
  westeurope: "West Europe",
  northeurope: "North Europe",
  germanywestcentral: "Germany West Central",
  swedencentral: "Sweden Central",
  uksouth: "UK South",
  eastus: "East US",
  eastus2: "East US 2",
  westus2: "West US 2",
};
