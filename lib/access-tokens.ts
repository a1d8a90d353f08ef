import { z } from "zod";
import { zText } from "./text";
import { TOKEN_MAX_DAYS, TOKEN_NAME_MAX, TOKEN_SCOPES, type TokenScope } from "./access-token-limits";

// Personal access tokens: the facts the token page and the API share (limits, scopes, the input).

export * from "./access-token-limits";

export const ZCreateAccessToken = z
  .object({
    name: zText(TOKEN_NAME_MAX, { min: 1, trim: true }),
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
