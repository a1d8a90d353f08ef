import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/server/api/route";
import { db } from "@/server/db";
import { reviveCluster } from "@/server/domain/clusters/revive-cluster";
import { sender } from "@/server/jobs/boss";

/** Revives an off-boarded cluster within the grace period (platform admins): `{ "purpose": "…" }` → 202 { status, operationId }. */
export const POST = apiRoute<{ clusterId: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request);
  return NextResponse.json(await reviveCluster(db(), await sender(), actor, params.clusterId, body), { status: 202 });
});
