/** The languages of the portal. English is the source; every other language translates its catalogue modules. */
export const LOCALES = ["en", "ja", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, for the language choice. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ja: "日本語", ko: "한국어" };

/**
 * The Intl locale that dates and numbers are formatted with. English keeps the day-month-year
 * order the portal has always shown ("28 Nov 2025, 14:05").
 */
export const INTL_LOCALES: Record<Locale, string> = { en: "en-GB", ja: "ja-JP", ko: "ko-KR" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** At most this many entries of an Accept-Language header are read (the header is client input). */
const MAX_ENTRIES = 20;

/**
 * The best portal language for an Accept-Language header ("ja-JP,ja;q=0.9,en;q=0.8"): the
 * supported language with the highest weight, matching on the primary subtag; ties go to the
 * earlier entry. A missing, malformed or unsupported header gives the default.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  for (const entry of header.slice(0, 1_000).split(",").slice(0, MAX_ENTRIES)) {
    const [tag = "", ...params] = entry.trim().split(";");
    const primary = tag.trim().toLowerCase().split("-")[0];
    if (!isLocale(primary)) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (match) q = Number(match[1]);
    }
    if (!(q > 0) || q > 1) continue;
    if (!best || q > best.q) best = { locale: primary, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
