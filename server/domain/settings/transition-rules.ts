import "server-only";
import { parseCidr, STORAGE_REDUNDANCIES, STORAGE_TIERS, type ClusterSettings, type StorageRedundancy } from "@/lib/cluster-settings";
import { REFUSALS, SETTING_LABELS, type RefusalCode } from "@/lib/messages-settings";
import { INITIALIZATION_ONLY_SETTINGS, type SettingKey } from "@/lib/settings-api";
import { CLUSTER_TAG } from "../../azure/transform";

// The rules of the service for changing a cluster's settings (PRODUCT.md §4), as one pure table:
// what a value may be, and which moves from the applied value to a new one are possible. Used by
// the preview, PATCH, the initialization and the page's "allowed" lists. Unit-tested from → to.

export interface Refusal {
  key: SettingKey;
  code: RefusalCode;
  message: string;
}

/** Upgrades along LRS → GRS → RA-GRS and ZRS → GZRS → RA-GZRS (a later step may be skipped to). */
export const REDUNDANCY_UPGRADES: Record<StorageRedundancy, readonly StorageRedundancy[]> = {
  LRS: ["GRS", "RA-GRS"],
  GRS: ["RA-GRS"],
  "RA-GRS": [],
  ZRS: ["GZRS", "RA-GZRS"],
  GZRS: ["RA-GZRS"],
  "RA-GZRS": [],
};

/** Ranges AKS uses itself (service CIDR default, pod CIDR of kubenet): a node range must not overlap them. */
export const RESERVED_RANGES = ["10.0.0.0/16", "10.244.0.0/16"] as const;

/** Confidential-compute VM families (DC…, EC…), which the service does not support. */
const CONFIDENTIAL_VM = /^Standard_(DC|EC)/i;

function cidrOverlaps(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  if (!x || !y) return false;
  const end = (c: { address: number; prefix: number }) => c.address + 2 ** (32 - c.prefix) - 1;
  return x.address <= end(y) && y.address <= end(x);
}

function refusal(key: SettingKey, code: RefusalCode, message: string): Refusal {
  return { key, code, message };
}

/** Rules on a value (or a combination of values) alone: they hold at initialization and after. */
export function valueRefusals(s: ClusterSettings): Refusal[] {
  const out: Refusal[] = [];
  if (CONFIDENTIAL_VM.test(s.nodeVmSize)) out.push(refusal("nodeVmSize", "confidential_vm", REFUSALS.confidential_vm(s.nodeVmSize)));
  for (const reserved of RESERVED_RANGES) {
    if (cidrOverlaps(s.nodeCidr, reserved)) out.push(refusal("nodeCidr", "cidr_overlap", REFUSALS.cidr_overlap(s.nodeCidr, reserved)));
  }
  if (s.databaseHighAvailability !== "Off" && s.postgresTier === "Burstable") out.push(refusal("databaseHighAvailability", "ha_burstable", REFUSALS.ha_burstable));
  if (s.readReplica && s.postgresTier === "Burstable") out.push(refusal("readReplica", "replica_needs_tier", REFUSALS.replica_needs_tier));
  for (const name of Object.keys(s.tags)) {
    if (name.toLowerCase() === CLUSTER_TAG) out.push(refusal("tags", "reserved_tag", REFUSALS.reserved_tag(name)));
  }
  return out;
}

/** Rules on moving one setting from its applied value to another (after initialization). */
export function transitionRefusal(key: SettingKey, from: ClusterSettings, to: ClusterSettings): Refusal | null {
  if (JSON.stringify(from[key]) === JSON.stringify(to[key])) return null;
  if ((INITIALIZATION_ONLY_SETTINGS as readonly SettingKey[]).includes(key)) {
    return refusal(key, "initialization_only", REFUSALS.initialization_only(SETTING_LABELS[key]));
  }
  switch (key) {
    case "storageTier":
      return STORAGE_TIERS.indexOf(to.storageTier) < STORAGE_TIERS.indexOf(from.storageTier)
        ? refusal(key, "storage_shrink", REFUSALS.storage_shrink(from.storageTier, to.storageTier))
        : null;
    case "storageRedundancy":
    case "backupStorageRedundancy":
      return REDUNDANCY_UPGRADES[from[key]].includes(to[key]) ? null : refusal(key, "redundancy_downgrade", REFUSALS.redundancy_downgrade(SETTING_LABELS[key], from[key], to[key]));
    case "databaseHighAvailability":
      if (from.databaseHighAvailability === "ZoneRedundant" && to.databaseHighAvailability === "SameZone") return refusal(key, "ha_zone_to_same", REFUSALS.ha_zone_to_same);
      if (to.databaseHighAvailability !== "Off" && from.databaseHighAvailability === "Off" && to.postgresTier === "Burstable" && from.postgresTier !== "Burstable") {
        return refusal(key, "ha_with_move_to_burstable", REFUSALS.ha_with_move_to_burstable);
      }
      return null;
    default:
      return null;
  }
}

const SETTING_KEYS = Object.keys(SETTING_LABELS) as SettingKey[];

/** The keys whose value differs between two settings. */
export function changedKeys(from: ClusterSettings, to: ClusterSettings): SettingKey[] {
  return SETTING_KEYS.filter((key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]));
}

/**
 * Every refusal of moving a cluster from `from` (applied) to `to`. A value rule that already
 * failed on `from` does not block other changes; each refusal names the setting to fix.
 */
export function refusalsOf(from: ClusterSettings, to: ClusterSettings): Refusal[] {
  const changed = changedKeys(from, to);
  const out: Refusal[] = [];
  for (const key of changed) {
    const refused = transitionRefusal(key, from, to);
    if (refused) out.push(refused);
  }
  const before = new Set(valueRefusals(from).map((r) => `${r.key}:${r.code}:${r.message}`));
  for (const r of valueRefusals(to)) {
    if (before.has(`${r.key}:${r.code}:${r.message}`)) continue;
    if (out.some((existing) => existing.key === r.key || (r.code === "ha_burstable" && existing.code === "ha_with_move_to_burstable"))) continue;
    // A combination refused because of the tier names the tier when that is what changed.
    const key = r.code === "ha_burstable" && !changed.includes("databaseHighAvailability") ? "postgresTier" : r.code === "replica_needs_tier" && !changed.includes("readReplica") ? "postgresTier" : r.key;
    out.push({ ...r, key });
  }
  return out;
}

/** The values a choice may take from the applied settings (undefined: every value of its type). */
export function allowedValues(key: SettingKey, applied: ClusterSettings): readonly string[] | undefined {
  switch (key) {
    case "storageTier":
      return STORAGE_TIERS.slice(STORAGE_TIERS.indexOf(applied.storageTier));
    case "storageRedundancy":
    case "backupStorageRedundancy":
      return STORAGE_REDUNDANCIES.filter((value) => value === applied[key] || REDUNDANCY_UPGRADES[applied[key]].includes(value));
    case "databaseHighAvailability":
      // Not narrowed by the tier: a change may move off Burstable and switch HA on together (the preview says when not).
      return applied.databaseHighAvailability === "ZoneRedundant" ? ["Off", "ZoneRedundant"] : ["Off", "SameZone", "ZoneRedundant"];
    default:
      return undefined;
  }
}
