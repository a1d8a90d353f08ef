import "server-only";
import { cache } from "react";
import { db } from "../db";
import { env } from "../env";
import { loadSessionActor } from "../store/sessions";
import { sessionClaims } from "./session";
import type { Actor } from "./permissions";

export function sessionPolicy() {
  return { idleMinutes: env().SESSION_IDLE_MINUTES, maxHours: env().SESSION_MAX_HOURS };
}

/** The actor of the current request, from the session cookie and its live server-side session; loaded once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const claims = await sessionClaims();
  return claims ? loadSessionActor(db(), claims.sessionId, claims.userId, sessionPolicy()) : null;
});

