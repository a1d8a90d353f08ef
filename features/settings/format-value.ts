import { STORAGE_TIER_GIB, type ClusterSettings } from "@/lib/cluster-settings";
import type { Translation } from "@/lib/i18n/translation";
import * as settings from "@/lib/messages-settings";
import { settingsPageMessages } from "@/lib/messages-settings-page";
import type { SettingKey } from "@/lib/settings-api";

/** The texts values are named in: a client component passes its language's (useTexts of both catalogues). */
export interface ValueTexts {
  names: Pick<Translation<typeof settings>, "GRAFANA_ACCESS_LABELS" | "HA_LABELS" | "LOAD_BALANCER_LABELS" | "POSTGRES_TIER_LABELS">;
  page: Translation<typeof settingsPageMessages>;
}

const ENGLISH: ValueTexts = { names: settings, page: settingsPageMessages };

/** A setting's value as a person reads it (page, diff preview, wizard review). */
export function formatSettingValue(key: SettingKey | string, value: unknown, texts: ValueTexts = ENGLISH): string {
  const { GRAFANA_ACCESS_LABELS, HA_LABELS, LOAD_BALANCER_LABELS, POSTGRES_TIER_LABELS } = texts.names;
  const t = texts.page;
  if (value === undefined || value === null || value === "") return t.none;
  switch (key) {
    case "loadBalancer":
      return LOAD_BALANCER_LABELS[value as ClusterSettings["loadBalancer"]] ?? String(value);
    case "grafanaAccess":
      return GRAFANA_ACCESS_LABELS[value as ClusterSettings["grafanaAccess"]] ?? String(value);
    case "postgresTier":
      return POSTGRES_TIER_LABELS[value as ClusterSettings["postgresTier"]] ?? String(value);
    case "databaseHighAvailability":
      return HA_LABELS[value as ClusterSettings["databaseHighAvailability"]] ?? String(value);
    case "storageTier":
      return `${String(value)} (${STORAGE_TIER_GIB[value as ClusterSettings["storageTier"]] ?? "?"} GiB)`;
    case "storageRedundancy":
    case "backupStorageRedundancy":
      return t.redundancy[value as ClusterSettings["storageRedundancy"]] ?? String(value);
    case "networkIsolated":
    case "zoneRedundant":
      return value ? t.on : t.off;
    case "customCaCertificate":
      return typeof value === "string" ? certificateSummary(value, t.none) : t.none;
  }
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if (typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? entries.map(([name, item]) => `${name}=${String(item)}`).join(", ") : t.none;
  }
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}

/** A PEM is long: name it by its size and a few characters of its body. */
function certificateSummary(pem: string, none: string): string {
  const body = pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
  return body.length ? `PEM …${body.slice(-12)}` : none;
}
