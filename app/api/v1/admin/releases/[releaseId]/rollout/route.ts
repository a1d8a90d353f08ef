import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/server/api/route";
import { db } from "@/server/db";
import { setRolloutPaused } from "@/server/domain/updates/set-rollout-paused";

/** `{"action": "pause" | "resume"}`: pauses or resumes a rollout (platform admins only). */
export const POST = apiRoute<{ releaseId: string }>(async ({ request, actor, params }) => {
  return NextResponse.json(await setRolloutPaused(db(), actor, params.releaseId, await readJson(request)));
});
