import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api/route";
import { db } from "@/server/db";
import { getCompliance } from "@/server/domain/compliance/get-compliance";

/** The cluster's last compliance report (null before the first check) and the check running now. */
export const GET = apiRoute<{ clusterId: string }>(async ({ actor, params }) => {
  const { report, runningOperationId } = await getCompliance(db(), actor, params.clusterId);
  return NextResponse.json({ report, runningOperationId });
});
