// Per-type behaviour: defaults, derived (read-only) properties, validation, composed views.
import type { ComputeSkuSpec } from "./types";
import type { TypeSpec } from "./resource-spec";
import { managedClusters, agentPools } from "./resource-aks";
import { maintenanceConfigurations } from "./resource-aks-maintenance";
import { registries, storageAccounts, grafana, monitorAccounts, workspaces, virtualNetworks, subnets, privateEndpoints, privateDnsZones, vnetLinks, applications } from "./resource-others";
import { flexibleServers, pgDatabases } from "./resource-postgres";
import { prometheusRuleGroups } from "./resource-alerts";

export { stableGuid, type PutCtx, type ResolvedOptions, type TypeSpec } from "./resource-spec";

export const TYPE_SPECS: TypeSpec[] = [
  managedClusters,
  agentPools,
  maintenanceConfigurations,
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
  prometheusRuleGroups,
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
