import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api/route";
import { clusterDetailView } from "@/server/api/views";
import { db } from "@/server/db";
import { getCluster } from "@/server/store/clusters";

export const GET = apiRoute<{ clusterId: string }>(async ({ actor, params }) => {
  return NextResponse.json(clusterDetailView(await getCluster(db(), actor, params.clusterId)));
});
