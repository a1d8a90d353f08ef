// The other resource types of a cluster in the ARM emulator: registry, storage, monitoring, network, DNS, managed application.
import { randomUUID } from "node:crypto";
import type { Json } from "./state";
import { checkStorageSku, checkSubnet } from "./update-rules";
import { hash, stableGuid, bad, props, fillIdentity, parseCidr, within, overlaps, type PutCtx, type TypeSpec } from "./resource-spec";

// ---------- Others ----------
export const registries: TypeSpec = {
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

export const storageAccounts: TypeSpec = {
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
    // Azure encrypts every account with Microsoft-managed keys; there is no way to turn it off.
    p.encryption ??= {};
    p.encryption.keySource ??= "Microsoft.Storage";
    p.encryption.services ??= {};
    for (const service of ["blob", "file"]) p.encryption.services[service] = { keyType: "Account", ...(p.encryption.services[service] ?? {}), enabled: true };
    p.encryption.requireInfrastructureEncryption ??= false;
    p.publicNetworkAccess ??= "Enabled";
    p.creationTime = ctx.existing?.body.properties?.creationTime ?? new Date().toISOString();
    fillIdentity(body, ctx.key, ctx.opts.tenantId);
  },
};

export const grafana: TypeSpec = {
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

export const monitorAccounts: TypeSpec = {
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

export const workspaces: TypeSpec = {
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

export const virtualNetworks: TypeSpec = {
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

export const subnets: TypeSpec = {
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

export const privateEndpoints: TypeSpec = {
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

export const privateDnsZones: TypeSpec = {
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

export const vnetLinks: TypeSpec = {
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

export const applications: TypeSpec = {
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
