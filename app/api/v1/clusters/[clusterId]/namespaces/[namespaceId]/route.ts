import { NextResponse } from "next/server";
import { notAvailableInService } from "@/server/api/not-available";
import { apiRoute } from "@/server/api/route";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { getCluster } from "@/server/store/clusters";

/** One namespace of a cluster the caller may see. */
export const GET = apiRoute<{ clusterId: string; namespaceId: string }>(async ({ actor, params }) => {
  const cluster = await getCluster(db(), actor, params.clusterId);
  if (!cluster.namespace || cluster.namespace.id !== params.namespaceId) throw notFound("Namespace");
  return NextResponse.json(cluster.namespace);
});

export const PUT = notAvailableInService("GET");
export const PATCH = notAvailableInService("GET");
export const DELETE = notAvailableInService("GET");
