import type { NetworkMode, SettingGroupId, SettingKey, SettingPolicyMode } from "./settings-api";

// The texts of the customization settings (PRODUCT.md §4) that the server and the pages share:
// labels, groups, network modes and what stops working, refusals and disruptions. Kept apart from
// the catalogue (lib/messages.ts) so client bundles only carry what the settings page needs.

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

export const SETTING_HINTS: Partial<Record<SettingKey, string>> = {
  loadBalancer: "Public: apps are reachable from the internet. Internal: only from networks peered with the cluster's VNet.",
  nodeCidr: "Fixed at initialization. /22 or larger advised; must not overlap 10.0.0.0/16 or 10.244.0.0/16.",
  networkIsolated: "Fixed at initialization. No egress from the cluster; images come through the artifact cache.",
  nodeVmSize: "Changing it replaces the nodes one by one. Confidential-compute sizes (DC and EC families) are not supported.",
  maxNodeCount: "The upper bound of the cluster autoscaler.",
  customCaCertificate: "A PEM CA certificate the cluster's nodes trust, e.g. for a TLS-inspecting proxy.",
  databaseHighAvailability: "ZoneRedundant to SameZone goes through Off. Not available on the Burstable tier.",
  storageRedundancy: "Upgrades only: LRS → GRS → RA-GRS, ZRS → GZRS → RA-GZRS.",
  backupStorageRedundancy: "Redundancy of the storage account that holds the backups. Upgrades only: LRS → GRS → RA-GRS, ZRS → GZRS → RA-GZRS.",
  readReplica: "Needs the General Purpose or Memory Optimized tier.",
  storageTier: "Storage only grows: a lower tier cannot be chosen later.",
  tags: "Applied to every Azure resource of the cluster. At most 50; names ≤ 512 characters without < > % & \\ ? /, values ≤ 256.",
};

export const SETTING_GROUP_TITLES: Record<SettingGroupId, string> = {
  networking: "Networking",
  applicationCluster: "Application cluster",
  customCa: "Custom CA certificate",
  redundancy: "Redundancy",
  database: "Database",
  observability: "Observability",
  tags: "Custom tags",
};

export const NETWORK_MODE_NAMES: Record<NetworkMode, string> = {
  A: "A · Fully Public",
  B: "B · Semi Public",
  C: "C · Semi Private",
  D: "D · Fully Private",
};

export const NETWORK_MODE_DESCRIPTIONS: Record<NetworkMode, string> = {
  A: "Apps are reachable from the internet; the cluster may reach the internet.",
  B: "Apps are reachable from the internet; the cluster has no egress to the internet.",
  C: "Apps are reachable only from private networks; the cluster may reach the internet.",
  D: "Apps are reachable only from private networks; the cluster has no egress to the internet.",
};

/** Which mode the load balancer and network isolation switches give. */
export function networkModeOf(loadBalancer: "public" | "internal", networkIsolated: boolean): NetworkMode {
  if (loadBalancer === "public") return networkIsolated ? "B" : "A";
  return networkIsolated ? "D" : "C";
}

/** What stops working when a switch moves to the more private side (and what changes back). */
export const NETWORK_WARNINGS = {
  internal:
    "Apps are no longer reachable from the internet: the ingress gets a private IP in the cluster's VNet. Users reach them only through VNet peering, a VPN or private endpoints that you set up in Azure.",
  isolated:
    "The cluster has no outbound internet access: images come from the cluster's registry cache, and apps cannot call services on the internet unless you route them through your own firewall.",
  public: "Apps become reachable from the internet through the public load balancer.",
} as const;

export const HA_LABELS = { Off: "Off", SameZone: "Same zone", ZoneRedundant: "Zone redundant" } as const;
export const LOAD_BALANCER_LABELS = { public: "Public", internal: "Internal" } as const;
export const GRAFANA_ACCESS_LABELS = { public: "Public", private: "Private" } as const;
export const POSTGRES_TIER_LABELS = { Burstable: "Burstable", GeneralPurpose: "General Purpose", MemoryOptimized: "Memory Optimized" } as const;

export const POLICY_MODE_LABELS: Record<SettingPolicyMode, string> = {
  editable: "Editable",
  locked: "Locked",
  hidden: "Hidden",
};

/** Why a setting or the whole page is read-only. */
export const READ_ONLY_REASONS = {
  member: "Only cluster managers and owners may change settings.",
  token: "This access token may only read.",
  noAzureRole: "You need the Owner or Contributor role on the Azure subscription to change settings. Ask a subscription Owner to assign it, then reload.",
  noAzureIdentity: "Your portal account is not linked to a Microsoft Entra identity, so your Azure role cannot be checked.",
  azureRoleUnknown: (detail: string) => `Your Azure role could not be checked: ${detail}`,
  initializationOnly: "Fixed at initialization.",
  locked: (reason: string) => `Locked by your provider: ${reason}`,
  notInitialized: "Settings can be changed once the cluster is initialized.",
  operationRunning: "A change is being applied. Wait until it finishes.",
} as const;

/** Refusals of a change: the service's rules (PRODUCT.md §4), keyed by refusal code. */
export const REFUSALS = {
  initialization_only: (label: string) => `${label} is fixed at initialization and cannot be changed.`,
  storage_shrink: (from: string, to: string) => `Database storage only grows: ${to} is smaller than the current ${from}.`,
  redundancy_downgrade: (label: string, from: string, to: string) =>
    `${label} cannot change from ${from} to ${to}: only upgrades along LRS → GRS → RA-GRS or ZRS → GZRS → RA-GZRS are possible.`,
  ha_zone_to_same: "Zone redundant high availability cannot change to Same zone directly: switch it Off first, apply, then choose Same zone.",
  ha_burstable: "High availability is not available on the Burstable tier.",
  ha_with_move_to_burstable: "High availability cannot be switched on in the same change as a move to the Burstable tier.",
  replica_needs_tier: "A read replica needs the General Purpose or Memory Optimized tier.",
  confidential_vm: (size: string) => `${size} is a confidential-compute size (DC or EC family), which the service does not support.`,
  cidr_overlap: (cidr: string, reserved: string) => `${cidr} overlaps ${reserved}, which the cluster uses internally.`,
  reserved_tag: (name: string) => `The tag ${name} is set by the service and cannot be changed.`,
  certificate_invalid: (detail: string) => `The certificate is not valid: ${detail}`,
  locked: (label: string, reason: string) => `${label} is locked by your provider: ${reason}`,
  hidden: (label: string) => `${label} is not available for your organisation.`,
} as const;

export type RefusalCode = keyof typeof REFUSALS;

/** The expected disruption of writing a setting to Azure (shown in the diff preview). */
export const DISRUPTIONS: Partial<Record<SettingKey, string>> = {
  nodeVmSize: "The node pool is replaced node by node: apps keep running, but each instance restarts once on a new node.",
  zoneRedundant: "The node pool is rebuilt across availability zones node by node; each app instance restarts once.",
  customCaCertificate: "Nodes pick up the new trust store; app instances restart to use it.",
  loadBalancer: "The ingress controller's load balancer is recreated: app URLs are unreachable for a few minutes and the IP address changes.",
  aksTier: "No downtime: only the control plane's service level changes.",
  maxNodeCount: "No downtime: only the autoscaler's upper bound changes.",
  postgresTier: "The database server restarts: apps lose their database connection for a few minutes.",
  postgresSku: "The database server restarts: apps lose their database connection for a few minutes.",
  storageTier: "No downtime: the disk grows online.",
  databaseHighAvailability: "No downtime: a standby server is added or removed.",
  readReplica: "No downtime for the primary server.",
  storageRedundancy: "No downtime: Azure copies the data in the background.",
  backupStorageRedundancy: "No downtime: Azure copies the backups in the background.",
  grafanaAccess: "Grafana is unreachable from the internet when private.",
  tags: "No downtime.",
};

/** Text of the settings API's conflicts and outcomes. */
export const SETTINGS_API_MESSAGES = {
  versionConflict: "Someone else changed the settings since you loaded them. Reload to see their change, then apply yours again.",
  versionRequired: "Send the settings version you loaded in If-Match (the ETag of GET /settings).",
  operationRunning: "Another change or Recover is being applied to this cluster. Wait until it finishes, then try again.",
  nothingToChange: "Nothing to change: the settings are already as requested.",
  refused: "Some changes were refused.",
  notInitialized: "Settings can be changed once the cluster is initialized.",
  nothingToRevert: "The desired settings are already the applied ones.",
  noRecover: "There is nothing to recover: Azure matches the desired settings.",
} as const;
