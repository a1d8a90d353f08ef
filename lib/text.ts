import { z } from "zod";
import { hasNul, NUL_MESSAGE } from "./nul";

// Rules every piece of text from a person or a client obeys, written once: no NUL characters
// (./nul.ts) and a bounded length; searches are literal.

export { hasNul, NUL_MESSAGE };

/** A bounded text field without NUL characters. */
export function zText(max: number, options: { min?: number; trim?: boolean; tooLong?: string } = {}) {
  const base = options.trim ? z.string().trim() : z.string();
  return base
    .min(options.min ?? 0)
    .max(max, options.tooLong)
    .refine((value) => !hasNul(value), NUL_MESSAGE);
}

/** A search box: trimmed, at most 100 characters, no NUL. */
export const zSearch = zText(100, { trim: true });

/** Escapes LIKE's wildcards so a search for `50%` or `a_b` finds exactly that text. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
