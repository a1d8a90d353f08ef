import { NextResponse } from "next/server";
import { notAvailableInService } from "@/server/api/not-available";
import { apiRoute } from "@/server/api/route";
import { clusterDetailView } from "@/server/api/views";
import { db } from "@/server/db";
import { getCluster } from "@/server/store/clusters";

export const GET = apiRoute<{ clusterId: string }>(async ({ actor, params }) => {
  return NextResponse.json(clusterDetailView(await getCluster(db(), actor, params.clusterId)));
});

/** Clusters are changed and deleted by the provider (Known limitations); off-boarding is POST …/offboard. */
export const PUT = notAvailableInService("GET");
export const PATCH = notAvailableInService("GET");
export const DELETE = notAvailableInService("GET");
