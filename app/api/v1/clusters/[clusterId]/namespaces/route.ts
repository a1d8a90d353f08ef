import { NextResponse } from "next/server";
import { notAvailableInService } from "@/server/api/not-available";
import { apiRoute } from "@/server/api/route";
import { db } from "@/server/db";
import { getCluster } from "@/server/store/clusters";

/** The cluster's namespace (one per cluster, created with it). */
export const GET = apiRoute<{ clusterId: string }>(async ({ actor, params }) => {
  const cluster = await getCluster(db(), actor, params.clusterId);
  return NextResponse.json({ items: cluster.namespace ? [cluster.namespace] : [] });
});

export const POST = notAvailableInService("GET");
