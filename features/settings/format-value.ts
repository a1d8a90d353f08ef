import { STORAGE_TIER_GIB, type ClusterSettings } from "@/lib/cluster-settings";
import { textsIn } from "@/lib/i18n/catalogue";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { SettingKey } from "@/lib/settings-api";

/** A setting's value as a person reads it (page, diff preview, wizard review), in their language. */
export function formatSettingValue(key: SettingKey | string, value: unknown, locale: Locale = DEFAULT_LOCALE): string {
  const { LOAD_BALANCER_LABELS, GRAFANA_ACCESS_LABELS, POSTGRES_TIER_LABELS, HA_LABELS } = textsIn(settingsCatalogue, locale);
  const t = textsIn(settingsPageCatalogue, locale).settingsPageMessages;
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

/**
 * A read-only reason as the settings API words it (English, part of its JSON) in the person's
 * language: a known reason is looked up in the catalogue, the provider's own words of a lock are kept.
 */
export function readOnlyReasonIn(reason: string | undefined, locale: Locale): string | undefined {
  if (!reason || locale === DEFAULT_LOCALE) return reason;
  const english = settingsCatalogue.en.READ_ONLY_REASONS;
  const local = textsIn(settingsCatalogue, locale).READ_ONLY_REASONS;
  for (const key of Object.keys(english) as (keyof typeof english)[]) {
    const text = english[key];
    if (typeof text === "string") {
      if (text === reason) return local[key] as string;
    } else if (reason.startsWith(text(""))) {
      return (local[key] as (detail: string) => string)(reason.slice(text("").length));
    }
  }
  return reason;
}
