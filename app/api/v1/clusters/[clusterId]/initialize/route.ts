import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/server/api/route";
import { azureGatewayFromEnv } from "@/server/azure/gateway";
import { db } from "@/server/db";
import { initializeCluster } from "@/server/domain/clusters/initialize-cluster";
import { sender } from "@/server/jobs/boss";

/** Starts initialization with the provision options in the body (`{}` = every default) → 202 { operationId }. */
export const POST = apiRoute<{ clusterId: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request);
  const operation = await initializeCluster(db(), await sender(), azureGatewayFromEnv(), actor, params.clusterId, body);
  return NextResponse.json({ operationId: operation.id }, { status: 202 });
});
