import type { Locale } from "./locales";
import type { Translation } from "./translation";

/**
 * One catalogue module in every language: the English exports and their Japanese and Korean
 * translations (lib/ja/messages-x.ts, lib/ko/messages-x.ts). A binding per module lives in
 * lib/i18n/catalogues/, so a page or component imports the languages of its own modules only.
 */
export interface Catalogue<T> {
  readonly en: T;
  readonly ja: Translation<T>;
  readonly ko: Translation<T>;
}

/** Binds a module's English exports to their translations; `tsc` refuses a missing or extra key. */
export function catalogue<T extends object>(en: T, ja: Translation<NoInfer<T>>, ko: Translation<NoInfer<T>>): Catalogue<T> {
  return { en, ja, ko };
}

/** The texts of one language. English is returned as is (its literal types widen to the translation shape). */
export function textsIn<T>(entry: Catalogue<T>, locale: Locale): Translation<T> {
  return (locale === "en" ? entry.en : entry[locale]) as Translation<T>;
}
