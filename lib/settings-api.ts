import type { ClusterSettings } from "./cluster-settings";

// The customization settings of a cluster as the API and the settings page exchange them
// (PRODUCT.md §4). Shared by the server (which builds these shapes) and the browser (which reads them).

export type SettingKey = keyof ClusterSettings;

/** Every setting, in the order and groups of the settings page. */
export const SETTING_GROUPS = [
  { id: "networking", keys: ["loadBalancer", "nodeCidr", "networkIsolated"] },
  { id: "applicationCluster", keys: ["nodeVmSize", "maxNodeCount", "aksTier"] },
  { id: "customCa", keys: ["customCaCertificate"] },
  { id: "redundancy", keys: ["zoneRedundant", "databaseHighAvailability", "storageRedundancy", "backupStorageRedundancy"] },
  { id: "database", keys: ["readReplica", "postgresTier", "postgresSku", "storageTier"] },
  { id: "observability", keys: ["grafanaAccess"] },
  { id: "tags", keys: ["tags"] },
] as const satisfies readonly { id: string; keys: readonly SettingKey[] }[];

export type SettingGroupId = (typeof SETTING_GROUPS)[number]["id"];

/** Settings fixed at initialization: shown read-only afterwards, refused by PATCH. */
export const INITIALIZATION_ONLY_SETTINGS = ["nodeCidr", "networkIsolated"] as const satisfies readonly SettingKey[];

/**
 * Settings whose change needs new Azure role assignments in the managed resource group: an internal
 * load balancer needs Network Contributor for the cluster's identity on the node subnet; private
 * Grafana needs its identity granted on the monitor workspace through a managed private endpoint.
 * On the JIT plan a change of these waits for an approval (docs/decisions/0020).
 */
export const ROLE_ASSIGNMENT_SETTINGS = ["loadBalancer", "grafanaAccess"] as const satisfies readonly SettingKey[];

/** The four exposure modes the load balancer and network isolation switches give. */
export const NETWORK_MODES = ["A", "B", "C", "D"] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];

/** Admins' policy for one setting in one organisation (or the provider-wide default). */
export type SettingPolicyMode = "editable" | "locked" | "hidden";
export interface SettingPolicyRule {
  mode: SettingPolicyMode;
  /** Shown to the customer when locked. */
  reason?: string;
}
/** `GET/PUT /api/v1/admin/organizations/{orgId}/settings-policy` body: only the keys that are not editable need a rule. */
export interface SettingsPolicyBody {
  settings: Partial<Record<SettingKey, SettingPolicyRule>>;
}

/** One setting as `GET /api/v1/clusters/{id}/settings` returns it. Hidden settings are left out. */
export interface SettingState {
  editable: boolean;
  /** Why it is not editable: locked by the provider (with the admins' reason), no Azure role, init-only, a member… */
  reason?: string;
  locked?: boolean;
  /** Desired differs from applied (a change not applied yet, or one that failed). */
  pending: boolean;
  /** Azure holds another value than the desired one (changed outside the portal), found by the last drift check. */
  drift: { azureValue: unknown; detectedAt: string } | null;
  /**
   * For a choice (storage tier, redundancies, HA mode…): the values it may take from the applied
   * one (grow-only and upgrade-only paths, from the server's transition table), so the page can
   * limit its options. Absent means every value of its type.
   */
  allowed?: readonly string[];
}

/** `GET /api/v1/clusters/{id}/settings` (the response also carries the version as its ETag header). */
export interface SettingsView {
  clusterId: string;
  version: number;
  desired: Partial<ClusterSettings>;
  applied: Partial<ClusterSettings>;
  networkMode: NetworkMode;
  /** False when the actor may not change anything; `readOnlyReason` says why (role, Azure role, cluster state). */
  canEdit: boolean;
  readOnlyReason?: string;
  canRecover: boolean;
  settings: Partial<Record<SettingKey, SettingState>>;
  /** The change or Recover running now (its progress is `GET /api/v1/operations/{id}`). */
  runningOperationId: string | null;
  /** The last apply or Recover that failed, with the property Azure refused. */
  lastFailure: { operationId: string; at: string; resource?: string; property?: string; code: string; message: string } | null;
  driftCheckedAt: string | null;
  /** Azure resources the last drift check found different from the desired settings (or missing), with the ARM properties. */
  driftedComponents?: { component: string; missing: boolean; properties: string[] }[];
  /** Facts of the uploaded custom CA certificate, when there is one. */
  customCa: { subject: string; issuer: string; validFrom: string; validTo: string; fingerprint256: string } | null;
}

/** `POST /api/v1/clusters/{id}/settings/preview` with the same body as PATCH. */
export interface SettingsPreview {
  changes: { key: SettingKey; from: unknown; to: unknown }[];
  /** Every Azure resource and ARM property that will be written. */
  resources: {
    component: string;
    armId: string;
    method: "PUT" | "PATCH" | "DELETE";
    properties: { path: string; from: unknown; to: unknown }[];
    disruption: string | null;
  }[];
  refusals: { key: SettingKey; code: string; message: string }[];
  networkMode: { from: NetworkMode; to: NetworkMode; warnings: string[] };
  /** True when there is at least one change and no refusal. */
  canApply: boolean;
}
