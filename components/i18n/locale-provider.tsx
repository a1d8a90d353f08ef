"use client";

import { createContext, useContext, type ReactNode } from "react";
import { textsIn, type Catalogue } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Translation } from "@/lib/i18n/translation";

interface LocaleSettings {
  locale: Locale;
  /** The signed-in person's time zone (UTC when signed out). */
  timeZone: string;
}

const LocaleContext = createContext<LocaleSettings>({ locale: DEFAULT_LOCALE, timeZone: "UTC" });

/**
 * Gives client components the request's language and the person's time zone. Only these two
 * values cross to the browser: each client component imports the catalogue modules it uses
 * (lib/i18n/catalogues/*) and picks its language from them.
 */
export function LocaleProvider({ locale, timeZone, children }: LocaleSettings & { children: ReactNode }) {
  return <LocaleContext.Provider value={{ locale, timeZone }}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

export function useTimeZone(): string {
  return useContext(LocaleContext).timeZone;
}

/** A client component's texts of one catalogue module, in the page's language. */
export function useTexts<T>(entry: Catalogue<T>): Translation<T> {
  return textsIn(entry, useLocale());
}
