import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api/route";
import { openApiDocument } from "@/server/api/openapi/document";

/** The OpenAPI 3.1 description of /api/v1 (for a signed-in person or any access token). */
export const GET = apiRoute(async () => NextResponse.json(openApiDocument()));
