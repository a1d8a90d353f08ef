import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api/route";
import { db } from "@/server/db";
import { getAlertRules } from "@/server/domain/monitoring/get-alert-rules";

/** The cluster's default alert rules as Azure has them: `{ rules, error }`. */
export const GET = apiRoute<{ clusterId: string }>(async ({ actor, params }) => {
  return NextResponse.json(await getAlertRules(db(), actor, params.clusterId));
});
