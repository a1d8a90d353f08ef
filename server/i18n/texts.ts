import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { currentActor } from "../auth/actor";
import type { Catalogue } from "@/lib/i18n/catalogue";
import { textsIn } from "@/lib/i18n/catalogue";
import { localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import type { Translation } from "@/lib/i18n/translation";

/**
 * The language of the current request, decided once per request: the signed-in person's own
 * choice, else the browser's Accept-Language, else English.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const actor = await currentActor();
  if (actor?.locale) return actor.locale;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

/** A server component's (or server action's) texts of one catalogue module, in the request's language. */
export async function texts<T>(entry: Catalogue<T>): Promise<Translation<T>> {
  return textsIn(entry, await requestLocale());
}
