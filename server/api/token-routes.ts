import "server-only";
import { NextResponse } from "next/server";
import { db } from "../db";
import { createAccessToken } from "../domain/tokens/create-access-token";
import { revokeAccessToken } from "../domain/tokens/revoke-access-token";
import { listAccessTokens } from "../store/access-tokens";
import { apiRoute, readJson } from "./route";

/** The personal access token routes of /api/v1: each person sees and changes only their own. */
export const tokenRoutes = {
  list: apiRoute(async ({ actor }) => NextResponse.json({ items: await listAccessTokens(db(), actor.userId) })),
  create: apiRoute(async ({ request, actor }) => NextResponse.json(await createAccessToken(db(), actor, await readJson(request)), { status: 201 })),
  revoke: apiRoute<{ tokenId: string }>(async ({ actor, params }) => {
    await revokeAccessToken(db(), actor, params.tokenId);
    return new NextResponse(null, { status: 204 });
  }),
};
