/**
 * Formatting with an explicit language and time zone, so the server and the browser render the
 * same text (no hydration mismatches). One format per language (lib/i18n/locales.ts INTL_LOCALES);
 * English unless a locale is given.
 */
import { DEFAULT_LOCALE, INTL_LOCALES, type Locale } from "./i18n/locales";
import { zonedInstant } from "./time-zone";

const LOCALE = INTL_LOCALES[DEFAULT_LOCALE];

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

function formatter(style: string, options: Intl.DateTimeFormatOptions, timeZone: string, locale: Locale): Intl.DateTimeFormat {
  const zone = safeTimeZone(timeZone);
  const key = `${style}|${zone}|${locale}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...options, timeZone: zone });
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
export function formatDateTime(value: Date | string | null | undefined, timeZone: string, fallback = "—", locale: Locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (!date) return fallback;
  return formatter("date-time", DATE_TIME, timeZone, locale).format(date);
}

/** "28 Nov 2025, 14:05:09 CET": with seconds and the zone, for logs. */
export function formatTimestamp(value: Date | string | null | undefined, timeZone: string, fallback = "—", locale: Locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (!date) return fallback;
  return formatter("timestamp", TIMESTAMP, timeZone, locale).format(date);
}

export function formatDate(value: Date | string | null | undefined, timeZone: string, fallback = "—", locale: Locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (!date) return fallback;
  return formatter("date", DATE, timeZone, locale).format(date);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

// Each unit until the next one reads better ("45 minutes ago", then "1 hour ago").
const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ["minute", 60, 45],
  ["hour", 3_600, 22],
  ["day", 86_400, 30],
];

/**
 * "3 minutes ago", "in 2 hours" (in the language's own words), or null when the moment is 30 days
 * or more away and only the absolute time helps.
 */
export function formatRelative(value: Date | string | null | undefined, now: number, locale: Locale = DEFAULT_LOCALE): string | null {
  const date = toDate(value);
  if (!date) return null;
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(INTL_LOCALES[locale], { numeric: "auto" });
    relativeFormats.set(locale, format);
  }
  const seconds = (date.getTime() - now) / 1000;
  if (Math.abs(seconds) < 45) return format.format(0, "second");
  for (const [unit, size, below] of RELATIVE_STEPS) {
    const amount = seconds / size;
    if (Math.abs(amount) < below) return format.format(Math.sign(amount) * Math.max(1, Math.round(Math.abs(amount))), unit);
  }
  return null;
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
