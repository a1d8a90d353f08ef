import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/server/api/route";
import { db } from "@/server/db";
import { toggleAlertRule } from "@/server/domain/monitoring/toggle-alert-rule";
import { sender } from "@/server/jobs/boss";

/** Switches one default alert rule on or off → 202 { operationId }. Managers and owners. */
export const POST = apiRoute<{ clusterId: string }>(async ({ actor, params, request }) => {
  const operation = await toggleAlertRule(db(), await sender(), actor, params.clusterId, await readJson(request));
  return NextResponse.json({ operationId: operation.id }, { status: 202 });
});
