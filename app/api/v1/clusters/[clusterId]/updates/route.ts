import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api/route";
import { db } from "@/server/db";
import { clusterUpdatesFor } from "@/server/store/updates";

/** A cluster's scheduled and past service updates (its organisation's members only). */
export const GET = apiRoute<{ clusterId: string }>(async ({ actor, params }) => {
  const { cluster, upcoming, history } = await clusterUpdatesFor(db(), actor, params.clusterId);
  const view = (update: (typeof upcoming)[number]) => ({
    id: update.id,
    release: update.release.version,
    kind: update.release.kind,
    status: update.status,
    scheduledFor: update.scheduledFor.toISOString(),
    startedAt: update.startedAt?.toISOString() ?? null,
    finishedAt: update.finishedAt?.toISOString() ?? null,
    components: update.release.components,
    from: update.fromVersions,
    error: update.error,
    reason: update.reason,
  });
  return NextResponse.json({ clusterId: cluster.id, maintenanceWindow: cluster.maintenanceWindow, upcoming: upcoming.map(view), history: history.map(view) });
});
