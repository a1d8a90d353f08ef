import "server-only";
import { TOKEN_LIST_LIMIT, type AccessTokenView, type TokenScope } from "@/lib/access-tokens";
import type { Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { ACTOR_INCLUDE, actorOf } from "./actors";

// Personal access tokens. Every query names the owner: nobody reads or revokes another's token.

/** lastUsedAt is written at most this often, so a busy script costs one update a minute. */
const TOUCH_EVERY_MS = 60_000;

interface TokenRow {
  id: string;
  name: string;
  scopes: string[];
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

export function accessTokenView(row: TokenRow, now = new Date()): AccessTokenView {
  const expiresAt = row.expiresAt ?? row.createdAt;
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes.filter((scope): scope is TokenScope => scope === "read" || scope === "write"),
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expired: expiresAt <= now,
  };
}

/** The owner's tokens that are not revoked (expired ones too, marked), newest first, bounded. */
export async function listAccessTokens(db: DbOrTx, userId: string, now = new Date()): Promise<AccessTokenView[]> {
  const rows = await db.accessToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: TOKEN_LIST_LIMIT,
  });
  return rows.map((row) => accessTokenView(row, now));
}

/** Live tokens of a user: neither revoked nor expired. */
export async function countLiveAccessTokens(db: DbOrTx, userId: string, now = new Date()): Promise<number> {
  return db.accessToken.count({ where: { userId, revokedAt: null, expiresAt: { gt: now } } });
}

/** Holds the user's row until the transaction ends, so two creations cannot both pass the limit. */
export async function lockTokenOwner(db: DbOrTx, userId: string): Promise<void> {
  await db.$executeRaw`SELECT 1 FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
}

export async function insertAccessToken(db: DbOrTx, data: { userId: string; name: string; scopes: TokenScope[]; tokenHash: string; prefix: string; expiresAt: Date; createdAt: Date }) {
  return db.accessToken.create({ data });
}

/** The owner's token that is not revoked yet, or null (someone else's token looks the same as none). */
export async function findOwnAccessToken(db: DbOrTx, userId: string, tokenId: string) {
  return db.accessToken.findFirst({ where: { id: tokenId, userId, revokedAt: null } });
}

export async function markAccessTokenRevoked(db: DbOrTx, tokenId: string, now: Date): Promise<boolean> {
  const { count } = await db.accessToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}

/**
 * The actor a bearer token acts as: its user, with the user's memberships and roles and the
 * token's scopes; null when the token is unknown, revoked or expired, or its user disabled.
 * One query, plus a touch of lastUsedAt at most once a minute.
 */
export async function loadTokenActor(db: DbOrTx, tokenHash: string, now = new Date()): Promise<Actor | null> {
  const token = await db.accessToken.findUnique({ where: { tokenHash }, include: { user: { include: ACTOR_INCLUDE } } });
  if (!token || token.revokedAt || !token.expiresAt || token.expiresAt <= now || token.user.disabledAt) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.accessToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { lastUsedAt: now } });
  }
  const scopes = token.scopes.filter((scope): scope is TokenScope => scope === "read" || scope === "write");
  return { ...actorOf(token.user), tokenScopes: scopes };
}
