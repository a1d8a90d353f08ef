// The limits and scopes of personal access tokens, without zod: the token form imports them, and
// loads the schema (./access-tokens.ts) only when it checks its input.

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
