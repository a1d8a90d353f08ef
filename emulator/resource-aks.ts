// AKS managed clusters and agent pools in the ARM emulator: defaults, versions, validation.
import type { Json } from "./state";
import { checkAgentPool, checkManagedCluster } from "./update-rules";
import { ensureIngressFrontend } from "./resource-aks-ingress";
import { hash, stableGuid, bad, props, fillIdentity, type ResolvedOptions, type TypeSpec } from "./resource-spec";

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

export const managedClusters: TypeSpec = {
  type: "Microsoft.ContainerService/managedClusters",
  lro: true,
  patch: "sync",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    // An update that names no version keeps the cluster's (AKS never downgrades on its own).
    const version = resolveK8s(ctx.opts, p.kubernetesVersion ?? ctx.existing?.body.properties?.kubernetesVersion);
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
    p.disableLocalAccounts ??= false;
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
    const children = pools.map((pool) => {
      const { name, ...rest } = pool;
      return ctx.upsertChild("agentPools", name, { properties: rest });
    });
    const poolProps = ctx.store.listCollection(ctx.key + "/agentpools").map((c) => c.body.properties ?? {});
    return [...children, ...ensureIngressFrontend(ctx, body, poolProps)];
  },
  view(store, r) {
    const body = structuredClone(r.body);
    const pools = store.listCollection(r.key + "/agentpools");
    body.properties.agentPoolProfiles = pools.map((c) => ({ name: c.name, ...structuredClone(c.body.properties) }));
    return body;
  },
};

export const agentPools: TypeSpec = {
  type: "Microsoft.ContainerService/managedClusters/agentPools",
  lro: true,
  prepare(ctx, body) {
    const clusterVersion = ctx.parent?.body.properties?.currentKubernetesVersion;
    checkAgentPool(props(body), ctx.existing?.body.properties, ctx.name);
    prepareAgentPool(ctx.opts, props(body), clusterVersion, ctx.key, ctx.parent?.body.location);
    delete body.location;
  },
};
