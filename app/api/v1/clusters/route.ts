import { NextResponse } from "next/server";
import { notAvailableInService } from "@/server/api/not-available";
import { apiRoute, parseInput } from "@/server/api/route";
import { clusterSummaryView } from "@/server/api/views";
import { db } from "@/server/db";
import { listClusters, ZClusterListQuery } from "@/server/store/clusters";

export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseInput(ZClusterListQuery, Object.fromEntries(new URL(request.url).searchParams));
  const page = await listClusters(db(), actor, query);
  return NextResponse.json({
    items: page.items.map(clusterSummaryView),
    page: page.page,
    pageSize: page.pageSize,
    total: page.total,
  });
});

/** Clusters are created by the provider (Known limitations). */
export const POST = notAvailableInService("GET");
