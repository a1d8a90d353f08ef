/**
 * Formatting with a fixed locale and an explicit time zone, so the server and the browser
 * render the same text (no hydration mismatches).
 */
import { zonedInstant } from "./time-zone";

const LOCALE = "en-GB";

const zoneCache = new Map<string, string>();

export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  let checked = zoneCache.get(timeZone);
  if (checked === undefined) {
    try {
      new Intl.DateTimeFormat(LOCALE, { timeZone });
      checked = timeZone;
    } catch {
      checked = "UTC";
    }
    zoneCache.set(timeZone, checked);
  }
  return checked;
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per style and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: string, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  const zone = safeTimeZone(timeZone);
  const key = `${style}|${zone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: zone });
    formatters.set(key, format);
  }
  return format;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const TIMESTAMP: Intl.DateTimeFormatOptions = { ...DATE_TIME, second: "2-digit", timeZoneName: "short" };
const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };

function toDate(value: Date | string | null | undefined): Date | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "28 Nov 2025, 14:05" in the given time zone. */
export function formatDateTime(value: Date | string | null | undefined, timeZone: string, fallback = "—"): string {
  const date = toDate(value);
  if (!date) return fallback;
  return formatter("date-time", DATE_TIME, timeZone).format(date);
}

/** "28 Nov 2025, 14:05:09 CET": with seconds and the zone, for logs. */
export function formatTimestamp(value: Date | string | null | undefined, timeZone: string, fallback = "—"): string {
  const date = toDate(value);
  if (!date) return fallback;
  return formatter("timestamp", TIMESTAMP, timeZone).format(date);
}

export function formatDate(value: Date | string | null | undefined, timeZone: string, fallback = "—"): string {
  const date = toDate(value);
  if (!date) return fallback;
  return formatter("date", DATE, timeZone).format(date);
}

const numberFormat = new Intl.NumberFormat(LOCALE);

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "5 B", "12 KB", "3.4 MB" (1 KB = 1,024 bytes, as file dialogs show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The instant a calendar day ("2025-11-28") starts in a time zone. */
export function startOfDayInZone(day: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const local = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (Number.isNaN(check.getTime()) || check.getUTCDate() !== local.day) return null;
  return new Date(zonedInstant(local, 0, safeTimeZone(timeZone)));
}

/** "cluster.apply-settings" → "Cluster apply settings": a readable fallback for unknown codes. */
export function humanize(code: string): string {
  const text = code.replace(/[._-]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").trim().toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
