import "server-only";
import type { Actor } from "../auth/permissions";

// The actor of a live session, kept in this process for a few seconds so that a page and the
// API calls around it do not each load the session, user, memberships and organisations again.
// Sign-out and "sign out everywhere" (server/store/sessions.ts) drop entries at once; everything
// else that ends a session or changes rights elsewhere (a disabled user, a new password, a changed
// membership, another process revoking) takes effect within ACTOR_CACHE_TTL_MS.

export const ACTOR_CACHE_TTL_MS = 5_000;
/** Beyond this many sessions the cache starts again empty rather than grow. */
const MAX_ENTRIES = 5_000;

interface Entry {
  userId: string;
  actor: Actor;
  until: number;
}

// One cache per process, on globalThis: Next.js bundles route handlers, pages and server actions
// separately, each with its own copy of this module, and a sign-out in a server action must reach
// the copy an API route reads.
const shared = globalThis as unknown as { portalSessionCache?: { entries: Map<string, Entry>; generation: number } };
shared.portalSessionCache ??= { entries: new Map(), generation: 0 };
const state = shared.portalSessionCache;
const entries = state.entries;

/** Take this before loading a session's actor and hand it to rememberSessionActor (bumped by every revocation). */
export function sessionCacheGeneration(): number {
  return state.generation;
}

/** The remembered actor of a session, if it was loaded less than ACTOR_CACHE_TTL_MS ago for this user. */
export function cachedSessionActor(sessionId: string, userId: string, now = Date.now()): Actor | null {
  const entry = entries.get(sessionId);
  if (!entry) return null;
  if (entry.until <= now || entry.userId !== userId) {
    entries.delete(sessionId);
    return null;
  }
  return entry.actor;
}

/**
 * Remembers the actor of a live session, unless a session was revoked since `loadedAt` (the
 * generation taken before loading). The actor is frozen, so no request can change another's copy.
 */
export function rememberSessionActor(sessionId: string, userId: string, actor: Actor, loadedAt: number, now = Date.now()): Actor {
  const frozen = Object.freeze({ ...actor, memberships: Object.freeze(actor.memberships.map((membership) => Object.freeze({ ...membership }))) }) as Actor;
  if (loadedAt !== state.generation) return frozen;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(sessionId, { userId, actor: frozen, until: now + ACTOR_CACHE_TTL_MS });
  return frozen;
}

export function forgetSession(sessionId: string): void {
  state.generation += 1;
  entries.delete(sessionId);
}

export function forgetUserSessions(userId: string): void {
  state.generation += 1;
  for (const [sessionId, entry] of entries) if (entry.userId === userId) entries.delete(sessionId);
}
