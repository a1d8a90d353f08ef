import { z } from "zod";
import { hasNul, NUL_MESSAGE } from "./nul";

// Rules every piece of text from a person or a client obeys, written once: no NUL characters
// (./nul.ts) and a bounded length; searches are literal.

export { hasNul, NUL_MESSAGE };

/** What a field that must not be empty says when it is. */
export const REQUIRED_MESSAGE = "Enter a value.";

/**
 * A bounded text field without NUL characters. Its length rules say themselves in words ("Enter a
 * value.", "At least 5 characters.", "At most 100 characters."), never in zod's own wording.
 */
export function zText(max: number, options: { min?: number; trim?: boolean; tooLong?: string } = {}) {
  const base = options.trim ? z.string().trim() : z.string();
  const min = options.min ?? 0;
  return base
    .min(min, min === 1 ? REQUIRED_MESSAGE : `At least ${min} characters.`)
    .max(max, options.tooLong ?? `At most ${max} characters.`)
    .refine((value) => !hasNul(value), NUL_MESSAGE);
}

/** A search box: trimmed, at most 100 characters, no NUL. */
export const zSearch = zText(100, { trim: true });

/** Escapes LIKE's wildcards so a search for `50%` or `a_b` finds exactly that text. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
