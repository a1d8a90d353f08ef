import "server-only";
import type { ZodError, z } from "zod";
import { hasNul, NUL_MESSAGE } from "@/lib/text";
import { zodFields } from "@/lib/zod-fields";
import { AppError } from "./errors";

// zod parsing for routes, actions and use cases: bad input becomes invalid_input (HTTP 400) with
// the messages per field, and nothing is changed.

export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const nul = nulPath(input);
  if (nul !== null) throw new AppError("invalid_input", "The request is not valid.", { [nul || "_"]: [NUL_MESSAGE] });
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

export function invalidInput(error: ZodError): AppError {
  return new AppError("invalid_input", "The request is not valid.", zodFields(error));
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
