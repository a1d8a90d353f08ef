import "server-only";
import { cache } from "react";
import { db } from "../db";
import { env } from "../env";
import { cachedSessionActor, rememberSessionActor, sessionCacheGeneration } from "../store/session-cache";
import { loadSessionActor } from "../store/sessions";
import { loadTokenActor } from "../store/access-tokens";
import { hashToken } from "./access-token-secret";
import { sessionClaims } from "./session";
import type { Actor } from "./permissions";

export function sessionPolicy() {
  return { idleMinutes: env().SESSION_IDLE_MINUTES, maxHours: env().SESSION_MAX_HOURS };
}

/**
 * The actor of the current request, from the session cookie and its live server-side session;
 * loaded once per request, and reused by the same session's requests for a few seconds
 * (server/store/session-cache.ts: sign-out drops it at once).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  const cached = cachedSessionActor(claims.sessionId, claims.userId);
  if (cached) return cached;
  const generation = sessionCacheGeneration();
  const actor = await loadSessionActor(db(), claims.sessionId, claims.userId, sessionPolicy());
  return actor ? rememberSessionActor(claims.sessionId, claims.userId, actor, generation) : null;
});


/** The actor of a personal access token (its user, with the token's scopes), or null when it is not live. */
export async function tokenActor(token: string): Promise<Actor | null> {
  return loadTokenActor(db(), hashToken(token));
}
