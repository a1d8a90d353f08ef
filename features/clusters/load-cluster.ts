import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { recordRefusal } from "@/server/audit/refusal";
import { currentActor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getCluster } from "@/server/store/clusters";

/** The cluster of the current route for the signed-in actor; loaded once per request (layout + page). */
export const loadCluster = cache(async (clusterId: string) => {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  try {
    const cluster = await getCluster(db(), actor, clusterId);
    return { actor, cluster };
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) {
      await recordRefusal(actor, `page /clusters/${clusterId}`, error);
      notFound();
    }
    throw error;
  }
});
