import type { NetworkMode, SettingGroupId, SettingKey } from "./settings-api";

// Names of the customization settings (PRODUCT.md §4), shared by the server's messages and the
// settings page, the initialization wizard and the admins' settings policy.

/** The label of every setting. */
export const SETTING_LABELS: Record<SettingKey, string> = {
  loadBalancer: "Load balancer",
  nodeCidr: "AKS node CIDR",
  networkIsolated: "Network isolated cluster",
  nodeVmSize: "Node VM size",
  maxNodeCount: "Maximum node count",
  aksTier: "AKS tier",
  customCaCertificate: "Custom CA certificate",
  zoneRedundant: "Application layer across availability zones",
  databaseHighAvailability: "Database high availability",
  storageRedundancy: "Storage redundancy",
  backupStorageRedundancy: "Backup storage redundancy",
  readReplica: "Read replica",
  postgresTier: "PostgreSQL compute tier",
  postgresSku: "PostgreSQL compute size",
  storageTier: "Storage performance tier",
  grafanaAccess: "Grafana access",
  tags: "Custom tags",
};

/** Titles of the groups of the settings page, in SETTING_GROUPS order. */
export const SETTING_GROUP_TITLES: Record<SettingGroupId, string> = {
  networking: "Networking",
  applicationCluster: "Application cluster",
  customCa: "Custom CA certificate",
  redundancy: "Redundancy",
  database: "Database",
  observability: "Observability",
  tags: "Custom tags",
};

/** The names of the four exposure modes. */
export const NETWORK_MODE_NAMES: Record<NetworkMode, string> = {
  A: "A · Fully Public",
  B: "B · Semi Public",
  C: "C · Semi Private",
  D: "D · Fully Private",
};

/** Which mode the load balancer and network isolation switches give. */
export function networkModeOf(loadBalancer: "public" | "internal", networkIsolated: boolean): NetworkMode {
  if (loadBalancer === "public") return networkIsolated ? "B" : "A";
  return networkIsolated ? "D" : "C";
}

/** What stops working when a switch moves to the more private side. */
export const NETWORK_WARNINGS = {
  internal:
    "Apps are no longer reachable from the internet: the ingress gets a private IP in the cluster's VNet. Users reach them only through VNet peering, a VPN or private endpoints that you set up in Azure.",
  isolated:
    "The cluster has no outbound internet access: images come from the cluster's registry cache, and apps cannot call services on the internet unless you route them through your own firewall.",
} as const;
