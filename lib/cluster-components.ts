import type { ComponentKind } from "../generated/prisma/enums";

// The Azure resources of one cluster's managed resource group, in creation order
// (each depends only on resources listed before it).

export interface ComponentSpec {
  kind: ComponentKind;
  label: string;
  /** ARM resource type, or null for what runs inside AKS (operator, agent). */
  type: string | null;
  apiVersion: string | null;
  /** Resource name within the managed resource group. */
  name(clusterName: string): string;
}

/** Storage accounts and registries need globally unique, lowercase alphanumeric names. */
export function compactName(prefix: string, clusterName: string): string {
  return (prefix + clusterName.toLowerCase().replace(/[^a-z0-9]/g, "")).slice(0, 24);
}

export const COMPONENT_SPECS: readonly ComponentSpec[] = [
  { kind: "RESOURCE_GROUP", label: "Managed resource group", type: "Microsoft.Resources/resourceGroups", apiVersion: "2024-03-01", name: (c) => `mrg-${c}` },
  { kind: "VNET", label: "Virtual network", type: "Microsoft.Network/virtualNetworks", apiVersion: "2024-05-01", name: () => "vnet-mendix" },
  { kind: "LOG_ANALYTICS", label: "Log Analytics workspace", type: "Microsoft.OperationalInsights/workspaces", apiVersion: "2023-09-01", name: () => "log-mendix" },
  { kind: "PROMETHEUS", label: "Managed Prometheus", type: "Microsoft.Monitor/accounts", apiVersion: "2023-04-03", name: () => "amw-mendix" },
  { kind: "STORAGE", label: "Storage account", type: "Microsoft.Storage/storageAccounts", apiVersion: "2024-01-01", name: (c) => compactName("st", c) },
  { kind: "ACR", label: "Container registry", type: "Microsoft.ContainerRegistry/registries", apiVersion: "2023-07-01", name: (c) => compactName("acr", c) },
  { kind: "POSTGRES", label: "PostgreSQL flexible server", type: "Microsoft.DBforPostgreSQL/flexibleServers", apiVersion: "2024-08-01", name: (c) => `psql-${c}` },
  { kind: "REPLICA", label: "PostgreSQL read replica", type: "Microsoft.DBforPostgreSQL/flexibleServers", apiVersion: "2024-08-01", name: (c) => `psql-${c}-replica` },
  { kind: "PRIVATE_ENDPOINT", label: "Private endpoint", type: "Microsoft.Network/privateEndpoints", apiVersion: "2024-05-01", name: () => "pe-postgres" },
  { kind: "DNS", label: "Private DNS zone", type: "Microsoft.Network/privateDnsZones", apiVersion: "2024-06-01", name: () => "privatelink.postgres.database.azure.com" },
  { kind: "AKS", label: "Kubernetes service", type: "Microsoft.ContainerService/managedClusters", apiVersion: "2025-07-01", name: () => "aks-mendix" },
  { kind: "GRAFANA", label: "Managed Grafana", type: "Microsoft.Dashboard/grafana", apiVersion: "2023-09-01", name: (c) => `grafana-${c}`.slice(0, 23) },
  { kind: "OPERATOR", label: "Mendix Operator", type: null, apiVersion: null, name: () => "mendix-operator" },
  { kind: "AGENT", label: "Mendix Agent", type: null, apiVersion: null, name: () => "mendix-agent" },
];

export function componentSpec(kind: ComponentKind): ComponentSpec {
  const spec = COMPONENT_SPECS.find((candidate) => candidate.kind === kind);
  if (!spec) throw new Error(`unknown component kind ${kind}`);
  return spec;
}

export function armIdOf(spec: ComponentSpec, subscriptionId: string, clusterName: string): string | null {
  const group = `/subscriptions/${subscriptionId}/resourceGroups/mrg-${clusterName}`;
  if (!spec.type) return null;
  if (spec.kind === "RESOURCE_GROUP") return group;
  return `${group}/providers/${spec.type}/${spec.name(clusterName)}`;
}

/** Parses an ARM id into its provider type and API version from the catalogue. */
export function apiVersionForArmId(armId: string): string | null {
  const lower = armId.toLowerCase();
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(lower)) return componentSpec("RESOURCE_GROUP").apiVersion;
  const spec = COMPONENT_SPECS.find((candidate) => candidate.type && lower.includes(`/providers/${candidate.type.toLowerCase()}/`));
  return spec?.apiVersion ?? null;
}
