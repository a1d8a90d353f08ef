import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { findOwnAccessToken, markAccessTokenRevoked } from "../../store/access-tokens";

/**
 * The owner revokes one of their tokens; it is refused (401) from the next request on. Another
 * person's token, like an unknown or already revoked one, is not found.
 */
export async function revokeAccessToken(db: Db, actor: Actor, tokenId: string, now = new Date()): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(tokenId)) throw notFound();
  await db.$transaction(async (tx) => {
    const token = await findOwnAccessToken(tx, actor.userId, tokenId);
    if (!token || !(await markAccessTokenRevoked(tx, token.id, now))) throw notFound();
    await recordAudit(tx, {
      actor,
      action: "access-token.revoke",
      targetType: "access_token",
      targetId: token.id,
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { name: token.name, prefix: token.prefix, revokedAt: now.toISOString() },
    });
  });
}

function notFound(): AppError {
  return new AppError("not_found", "Access token not found.");
}
