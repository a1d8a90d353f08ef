import "server-only";
import { notFound, redirect } from "next/navigation";
import { recordRefusal } from "@/server/audit/refusal";
import { currentActor } from "@/server/auth/actor";
import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";

/** Runs a page's load for the signed-in actor; "not found" or "forbidden" becomes the 404 page (and is recorded). */
export async function loadForPage<T>(what: string, load: (actor: Actor) => Promise<T>): Promise<{ actor: Actor; data: T }> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  try {
    return { actor, data: await load(actor) };
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden" || error.code === "invalid_input")) {
      await recordRefusal(actor, `page ${what}`, error);
      notFound();
    }
    throw error;
  }
}
