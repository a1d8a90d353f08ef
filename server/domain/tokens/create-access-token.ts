import "server-only";
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_PER_USER, ZCreateAccessToken, type AccessTokenView } from "@/lib/access-tokens";
import { recordAudit } from "../../audit/record";
import { newTokenSecret } from "../../auth/access-token-secret";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { parseInput } from "../../validate";
import { accessTokenView, countLiveAccessTokens, insertAccessToken, lockTokenOwner } from "../../store/access-tokens";

const DAY_MS = 86_400_000;

/**
 * A person creates a personal access token for themselves. The secret is returned here once and
 * only its hash is stored. Tokens are created by a signed-in person, never by another token, so a
 * leaked token cannot renew itself. Done at once, not as an Operation: nothing outside the
 * database changes, and the secret must reach the caller in this answer.
 */
export async function createAccessToken(db: Db, actor: Actor, rawInput: unknown, now = new Date()): Promise<AccessTokenView & { token: string }> {
  if (actor.tokenScopes) throw new AppError("forbidden", "Access tokens are created in the portal while signed in, not with another token.");
  const input = parseInput(ZCreateAccessToken, rawInput);
  const secret = newTokenSecret();
  const expiresAt = new Date(now.getTime() + (input.expiresInDays ?? TOKEN_DEFAULT_DAYS) * DAY_MS);
  const row = await db.$transaction(async (tx) => {
    await lockTokenOwner(tx, actor.userId);
    if ((await countLiveAccessTokens(tx, actor.userId, now)) >= TOKEN_MAX_PER_USER) {
      throw new AppError("conflict", `You already hold ${TOKEN_MAX_PER_USER} access tokens. Revoke one you no longer use first.`);
    }
    const created = await insertAccessToken(tx, { userId: actor.userId, name: input.name, scopes: input.scopes, tokenHash: secret.hash, prefix: secret.prefix, expiresAt, createdAt: now });
    await recordAudit(tx, {
      actor,
      action: "access-token.create",
      targetType: "access_token",
      targetId: created.id,
      after: { name: created.name, scopes: created.scopes, prefix: created.prefix, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return { ...accessTokenView(row, now), token: secret.token };
}
