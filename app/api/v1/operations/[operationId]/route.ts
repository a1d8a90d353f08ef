import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api/route";
import { db } from "@/server/db";
import { getOperation, operationView } from "@/server/store/operations";

export const GET = apiRoute<{ operationId: string }>(async ({ actor, params }) => {
  return NextResponse.json(operationView(await getOperation(db(), actor, params.operationId)));
});
