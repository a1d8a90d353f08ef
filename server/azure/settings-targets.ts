import "server-only";
import { createHash } from "node:crypto";
import type { ComponentKind } from "@/generated/prisma/enums";
import { componentSpec } from "@/lib/cluster-components";
import { STORAGE_TIER_GIB, type ClusterSettings } from "@/lib/cluster-settings";
import type { SettingKey } from "@/lib/settings-api";
import {
  AVAILABILITY_ZONES,
  backupStorageArmId,
  caCertificateBytes,
  CLUSTER_TAG,
  componentArmId,
  DNS_VNET_LINK,
  haModeOf,
  haSettingOf,
  redundancyOfSku,
  resourceTags,
  storageSkuName,
  type ClusterPlan,
} from "./transform";

// Where each customization setting lives in Azure (PRODUCT.md §4), as data: per resource ("target")
// the properties we write, the settings that drive them, how to read them back. Pure: the preview,
// the apply job, drift detection and Recover all work from this one table.

export type Resource = Record<string, unknown>;

export type TargetId =
  | "RESOURCE_GROUP" | "VNET" | "LOG_ANALYTICS" | "PROMETHEUS" | "STORAGE" | "BACKUP_STORAGE" | "ACR"
  | "POSTGRES" | "REPLICA" | "PRIVATE_ENDPOINT" | "DNS" | "DNS_LINK" | "AKS" | "AKS_POOL" | "GRAFANA";

export interface FieldSpec {
  /** Property path in the SDK model (also how it is shown: the ARM property without `properties.`). */
  path: string[];
  keys: SettingKey[];
  /** The SDK value we want for these settings. */
  value(plan: ClusterPlan): unknown;
  /** The setting's value that an ARM value stands for (drift shows it); single-key fields only. */
  toSetting?(armValue: unknown): unknown;
  /** Fixed after initialization: read for drift, never written by a settings change. */
  readOnly?: boolean;
}

export interface TargetSpec {
  id: TargetId;
  kind: ComponentKind;
  label: string;
  armId(plan: ClusterPlan): string;
  /** How the changed properties are written: PATCH where the SDK has an update, else PUT of the resource as read. */
  method: "PUT" | "PATCH";
  fields: FieldSpec[];
}

const tagsField: FieldSpec = {
  path: ["tags"],
  keys: ["tags"],
  value: (plan) => resourceTags(plan),
  toSetting: (tags) => Object.fromEntries(Object.entries((tags ?? {}) as Record<string, string>).filter(([name]) => name !== CLUSTER_TAG)),
};

const field = (path: string, keys: SettingKey[], value: (s: ClusterSettings, plan: ClusterPlan) => unknown, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  path: path.split("."),
  keys,
  value: (plan) => value(plan.settings, plan),
  ...extra,
});

const target = (id: TargetId, kind: ComponentKind, method: "PUT" | "PATCH", fields: FieldSpec[], extra: Partial<TargetSpec> = {}): TargetSpec => ({
  id,
  kind,
  label: componentSpec(kind).label,
  armId: (plan) => componentArmId(plan, kind)!,
  method,
  fields: [...fields, tagsField],
  ...extra,
});

/** The CA as compared and shown: a digest of each certificate's bytes (never the PEM itself). */
function caDigests(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [];
  return list.map((item) => {
    const bytes = typeof item === "string" ? Buffer.from(item, "base64") : Buffer.from(item as Uint8Array);
    return `sha256:${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
  });
}

/** Every resource a settings change may write, in the order they are written. */
export const SETTINGS_TARGETS: readonly TargetSpec[] = [
  target("RESOURCE_GROUP", "RESOURCE_GROUP", "PATCH", []),
  target("VNET", "VNET", "PATCH", [
    field("subnets.snet-aks.addressPrefix", ["nodeCidr"], (s) => s.nodeCidr, { readOnly: true, toSetting: (v) => v }),
  ]),
  target("LOG_ANALYTICS", "LOG_ANALYTICS", "PATCH", []),
  target("PROMETHEUS", "PROMETHEUS", "PUT", []),
  target("STORAGE", "STORAGE", "PATCH", [field("sku.name", ["storageRedundancy"], (s) => storageSkuName(s.storageRedundancy), { toSetting: redundancyOfSku })]),
  target("BACKUP_STORAGE", "STORAGE", "PATCH", [field("sku.name", ["backupStorageRedundancy"], (s) => storageSkuName(s.backupStorageRedundancy), { toSetting: redundancyOfSku })], {
    label: "Backup storage account",
    armId: backupStorageArmId,
  }),
  target("ACR", "ACR", "PATCH", []),
  target("POSTGRES", "POSTGRES", "PATCH", [
    field("sku.tier", ["postgresTier"], (s) => s.postgresTier, { toSetting: (v) => v }),
    field("sku.name", ["postgresSku"], (s) => s.postgresSku, { toSetting: (v) => v }),
    field("storage.tier", ["storageTier"], (s) => s.storageTier, { toSetting: (v) => v }),
    field("storage.storageSizeGB", ["storageTier"], (s) => STORAGE_TIER_GIB[s.storageTier]),
    field("highAvailability.mode", ["databaseHighAvailability"], (s) => haModeOf(s.databaseHighAvailability), { toSetting: haSettingOf }),
  ]),
  target("REPLICA", "REPLICA", "PATCH", []),
  target("PRIVATE_ENDPOINT", "PRIVATE_ENDPOINT", "PUT", []),
  target("DNS", "DNS", "PATCH", []),
  target("DNS_LINK", "DNS", "PATCH", [], { label: "Private DNS zone link", armId: (plan) => `${componentArmId(plan, "DNS")}/virtualNetworkLinks/${DNS_VNET_LINK}` }),
  target("AKS", "AKS", "PUT", [
    field("sku.tier", ["aksTier"], (s) => s.aksTier, { toSetting: (v) => v }),
    field("ingressProfile.webAppRouting.nginx.defaultIngressControllerType", ["loadBalancer"], (s) => (s.loadBalancer === "internal" ? "Internal" : "External"), {
      toSetting: (v) => (String(v).toLowerCase() === "internal" ? "internal" : "public"),
    }),
    field("securityProfile.customCATrustCertificates", ["customCaCertificate"], (s) => caCertificateBytes(s.customCaCertificate)),
    field("networkProfile.outboundType", ["networkIsolated"], (s) => (s.networkIsolated ? "none" : "loadBalancer"), { readOnly: true, toSetting: (v) => String(v).toLowerCase() === "none" }),
    field("bootstrapProfile.artifactSource", ["networkIsolated"], (s) => (s.networkIsolated ? "Cache" : "Direct"), { readOnly: true }),
  ]),
  {
    id: "AKS_POOL",
    kind: "AKS",
    label: "Kubernetes node pool",
    armId: (plan) => `${componentArmId(plan, "AKS")}/agentPools/system`,
    method: "PUT",
    fields: [
      field("vmSize", ["nodeVmSize"], (s) => s.nodeVmSize, { toSetting: (v) => v }),
      field("maxCount", ["maxNodeCount"], (s) => s.maxNodeCount, { toSetting: (v) => v }),
      field("availabilityZones", ["zoneRedundant"], (s) => (s.zoneRedundant ? [...AVAILABILITY_ZONES] : []), { toSetting: (v) => Array.isArray(v) && v.length > 0 }),
    ],
  },
  target("GRAFANA", "GRAFANA", "PATCH", [
    field("properties.publicNetworkAccess", ["grafanaAccess"], (s) => (s.grafanaAccess === "private" ? "Disabled" : "Enabled"), {
      toSetting: (v) => (String(v).toLowerCase() === "disabled" ? "private" : "public"),
    }),
  ]),
];

/** The targets a cluster with these settings has (the replica only with a read replica). */
export function targetsFor(settings: ClusterSettings): TargetSpec[] {
  return SETTINGS_TARGETS.filter((t) => t.id !== "REPLICA" || settings.readReplica);
}

// ---------- comparing ----------
export function readPath(resource: unknown, path: string[]): unknown {
  let node: unknown = resource;
  for (const segment of path) {
    if (Array.isArray(node)) node = node.find((item) => item && typeof item === "object" && (item as { name?: unknown }).name === segment);
    else if (node && typeof node === "object") node = (node as Record<string, unknown>)[segment];
    else return undefined;
  }
  return node;
}

/** A value in a form that compares as ARM does: enum strings case-insensitive, empty lists as absent, certificates by digest. */
export function normalize(path: string[], value: unknown): unknown {
  if (path.at(-1) === "customCATrustCertificates") {
    const digests = caDigests(value);
    return digests.length ? digests : null;
  }
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length ? value.map((item) => normalize([], item)) : null;
  if (typeof value === "string") return value.toLowerCase();
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, path.at(-1) === "tags" ? v : normalize([], v)]));
  }
  return value;
}

export function sameValue(path: string[], a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(path, a)) === JSON.stringify(normalize(path, b));
}

/** How a value is shown in the preview and the activity log (certificates by digest). */
export function displayValue(path: string[], value: unknown): unknown {
  if (path.at(-1) === "customCATrustCertificates") return caDigests(value);
  return value ?? null;
}

export interface PropertyChange {
  path: string;
  from: unknown;
  to: unknown;
  keys: SettingKey[];
}

/** The writable fields of a target that differ between what is there (`actual`) and what `plan` wants. */
export function changedFields(spec: TargetSpec, plan: ClusterPlan, actual: Resource | null): { field: FieldSpec; change: PropertyChange }[] {
  return spec.fields
    .filter((f) => !f.readOnly)
    .flatMap((f) => {
      const want = f.value(plan);
      const have = actual ? readPath(actual, f.path) : undefined;
      if (sameValue(f.path, want, have)) return [];
      return [{ field: f, change: { path: f.path.join("."), from: displayValue(f.path, have), to: displayValue(f.path, want), keys: f.keys } }];
    });
}

/** The resource as these settings would leave it (only the fields of the table): the preview's "from". */
export function expectedResource(spec: TargetSpec, plan: ClusterPlan): Resource {
  const body: Resource = {};
  for (const f of spec.fields) writePath(body, f.path, f.value(plan));
  return body;
}

/** Sets `value` at `path` in `target` (creating objects on the way). */
export function writePath(body: Record<string, unknown>, path: string[], value: unknown): void {
  let node = body;
  for (const segment of path.slice(0, -1)) {
    const next = node[segment];
    node[segment] = next && typeof next === "object" && !Array.isArray(next) ? { ...(next as Record<string, unknown>) } : {};
    node = node[segment] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}
