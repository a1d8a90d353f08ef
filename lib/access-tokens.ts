import { z } from "zod";
import { zText } from "./text";

// Personal access tokens: the facts the token page and the API share (limits, scopes, the input).

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** A token lives at most a year; without a choice, 90 days. */
export const TOKEN_MAX_DAYS = 365;
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_EXPIRY_CHOICES = [7, 30, 90, 180, 365] as const;
/** Live (neither revoked nor expired) tokens one person may hold. */
export const TOKEN_MAX_PER_USER = 20;
/** Tokens one list shows: the live ones and the recently expired, newest first. */
export const TOKEN_LIST_LIMIT = 50;
export const TOKEN_NAME_MAX = 100;

export const ZCreateAccessToken = z
  .object({
    name: zText(TOKEN_NAME_MAX, { min: 1, trim: true, tooLong: `At most ${TOKEN_NAME_MAX} characters.` }),
    scopes: z
      .array(z.enum(TOKEN_SCOPES))
      .min(1, "Choose at least one scope.")
      .max(TOKEN_SCOPES.length)
      .refine((scopes) => new Set(scopes).size === scopes.length, "Name each scope once."),
    expiresInDays: z.number().int().min(1).max(TOKEN_MAX_DAYS, `A token lives at most ${TOKEN_MAX_DAYS} days.`).optional(),
  })
  .strict();

/** What the API and the page show of a token (never its secret or hash). */
export interface AccessTokenView {
  id: string;
  name: string;
  scopes: TokenScope[];
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  expired: boolean;
}
