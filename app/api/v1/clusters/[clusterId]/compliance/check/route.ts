import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api/route";
import { db } from "@/server/db";
import { requestComplianceCheck } from "@/server/domain/compliance/compliance-check";
import { sender } from "@/server/jobs/boss";

/** Reads the live state from Azure again → 202 { operationId } (a check already running is joined). */
export const POST = apiRoute<{ clusterId: string }>(async ({ actor, params }) => {
  const operation = await requestComplianceCheck(db(), await sender(), actor, params.clusterId);
  return NextResponse.json({ operationId: operation.id }, { status: 202 });
});
