import { NextResponse } from "next/server";
import { apiRoute, parseInput, readJson } from "@/server/api/route";
import { db } from "@/server/db";
import { publishRelease } from "@/server/domain/updates/publish-release";
import { listReleasesForAdmin, ZReleaseListQuery } from "@/server/store/updates";

/** The rollouts (platform admins only), newest first, paged. */
export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseInput(ZReleaseListQuery, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listReleasesForAdmin(db(), actor, query));
});

/** Publishes a release and schedules its updates in the clusters' maintenance windows → 201. */
export const POST = apiRoute(async ({ request, actor }) => {
  return NextResponse.json(await publishRelease(db(), actor, await readJson(request)), { status: 201 });
});
