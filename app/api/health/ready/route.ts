import { NextResponse } from "next/server";
import { db } from "@/server/db";
import { checkReadiness } from "@/server/domain/health/check-readiness";

export const dynamic = "force-dynamic";

/** Readiness: 200 when the database answers, migrations are applied and the queue is installed; else 503. */
export async function GET() {
  const readiness = await checkReadiness(db());
  return NextResponse.json(
    { status: readiness.ready ? "ready" : "not_ready", checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
