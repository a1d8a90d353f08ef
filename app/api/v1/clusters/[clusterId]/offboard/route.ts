import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/server/api/route";
import { db } from "@/server/db";
import { offboardCluster } from "@/server/domain/clusters/offboard-cluster";
import { sender } from "@/server/jobs/boss";

/** Off-boards a cluster (owner only): `{ "confirmName": "<cluster name>" }` → 202 { operationId }. */
export const POST = apiRoute<{ clusterId: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request);
  const operation = await offboardCluster(db(), await sender(), actor, params.clusterId, body);
  return NextResponse.json({ operationId: operation.id }, { status: 202 });
});
