import "server-only";
import type { ZodError, z } from "zod";
import { hasNul, NUL_MESSAGE } from "@/lib/text";
import type { Locale } from "@/lib/i18n/locales";
import { settingsErrorFields, settingsErrorTexts } from "@/lib/settings-errors";
import { zodFields } from "@/lib/zod-fields";
import { AppError } from "./errors";

// zod parsing for routes, actions and use cases: bad input becomes invalid_input (HTTP 400) with
// the messages per field, and nothing is changed.

/** `fields` says each issue in words; by default the schema's own messages (zodFields). */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, fields: (error: ZodError) => Record<string, string[]> = zodFields): T {
  const nul = nulPath(input);
  if (nul !== null) throw new AppError("invalid_input", "The request is not valid.", { [nul || "_"]: [NUL_MESSAGE] });
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw invalidInput(parsed.error, fields);
  return parsed.data;
}

export function invalidInput(error: ZodError, fields: (error: ZodError) => Record<string, string[]> = zodFields, message = "The request is not valid."): AppError {
  return new AppError("invalid_input", message, fields(error));
}

/** Cluster settings' issues in words (lib/settings-errors.ts), in the person's chosen language, else English. */
export function settingsFields(locale: Locale | null | undefined): (error: ZodError) => Record<string, string[]> {
  const texts = settingsErrorTexts(locale ?? "en");
  return (error) => settingsErrorFields(error, texts);
}

/** The path of the first string (or key) holding a NUL character, "" for the root, null when none. */
function nulPath(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return hasNul(value) ? path : null;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const sub = path ? `${path}.${key}` : key;
    if (hasNul(key)) return sub;
    const found = nulPath(item, sub, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
