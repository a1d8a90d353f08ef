import { z } from "zod";

// Rules every piece of text from a person or a client obeys, written once: no NUL characters
// (PostgreSQL cannot store them in text) and a bounded length; searches are literal.

export const NUL_MESSAGE = "Text cannot contain NUL characters.";

export function hasNul(value: string): boolean {
  return value.includes("\u0000");
}

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
