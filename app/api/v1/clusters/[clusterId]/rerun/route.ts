import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api/route";
import { db } from "@/server/db";
import { rerunInitialization } from "@/server/domain/clusters/rerun-initialization";
import { sender } from "@/server/jobs/boss";

/** Continues a failed initialization (owner only, Failed clusters only) → 202 { operationId }. */
export const POST = apiRoute<{ clusterId: string }>(async ({ actor, params }) => {
  const operation = await rerunInitialization(db(), await sender(), actor, params.clusterId);
  return NextResponse.json({ operationId: operation.id }, { status: 202 });
});
