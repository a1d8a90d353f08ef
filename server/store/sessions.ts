import "server-only";
import type { DbOrTx } from "../db";
import type { Actor } from "../auth/permissions";
import { ACTOR_INCLUDE, actorOf } from "./actors";
import { forgetSession, forgetUserSessions } from "./session-cache";

// Server-side sessions: the cookie carries a session id, and every request checks the row here.

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  maxHours: number;
}

/** lastSeenAt is written at most this often, so a busy session costs one update a minute. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(db: DbOrTx, userId: string, policy: SessionPolicy, request: { ip?: string | null; userAgent?: string | null }, now = new Date()) {
  return db.userSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + policy.maxHours * 3_600_000), ip: request.ip ?? null, userAgent: request.userAgent?.slice(0, 500) ?? null },
  });
}

/**
 * The actor of a live session, or null when the session was revoked, expired, idle too long,
 * predates a password change, or its user is disabled. One query, plus a touch a minute.
 */
export async function loadSessionActor(db: DbOrTx, sessionId: string, userId: string, policy: SessionPolicy, now = new Date()): Promise<Actor | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: { include: ACTOR_INCLUDE } },
  });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > policy.idleMinutes * 60_000) return null;
  const { user } = session;
  if (user.disabledAt || (user.passwordChangedAt && user.passwordChangedAt > session.createdAt)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return actorOf(user);
}

export async function revokeSession(db: DbOrTx, sessionId: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
  forgetSession(sessionId);
}

/** Ends every session of a user ("Sign out everywhere", a disabled account, a new password). */
export async function revokeAllSessions(db: DbOrTx, userId: string, now = new Date()): Promise<number> {
  const { count } = await db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  forgetUserSessions(userId);
  return count;
}
