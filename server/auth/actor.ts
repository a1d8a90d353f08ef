import "server-only";
import { cache } from "react";
import { db } from "../db";
import { AppError } from "../errors";
import { sessionUserId } from "./session";
import { loadActor } from "./load-actor";
import type { Actor } from "./permissions";

/** The actor of the current request, from the session cookie; loaded once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const userId = await sessionUserId();
  return userId ? loadActor(db(), userId) : null;
});

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
  return actor;
}
