import { NextResponse } from "next/server";
import { apiRoute, parseInput, readJson } from "@/server/api/route";
import { azureGatewayFromEnv } from "@/server/azure/gateway";
import { db } from "@/server/db";
import { runPreflight, ZPreflightInput } from "@/server/domain/clusters/run-preflight";
import { requestLocale } from "@/server/i18n/texts";

/** Runs the pre-flight checks of a cluster against its Azure subscription (owner only), worded in the request's language. */
export const POST = apiRoute<{ clusterId: string }>(async ({ request, actor, params }) => {
  const input = parseInput(ZPreflightInput, await readJson(request));
  const result = await runPreflight(db(), azureGatewayFromEnv(), actor, params.clusterId, input, await requestLocale());
  return NextResponse.json(result);
});
