import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api/route";
import { db } from "@/server/db";
import { refreshClusterStatus } from "@/server/domain/clusters/refresh-cluster-status";
import { sender } from "@/server/jobs/boss";

export const POST = apiRoute<{ clusterId: string }>(async ({ actor, params }) => {
  const operation = await refreshClusterStatus(db(), await sender(), actor, params.clusterId);
  return NextResponse.json({ operationId: operation.id }, { status: 202 });
});
