import { NextResponse } from "next/server";
import { db } from "@/server/db";
import { requestGuardLoaded } from "@/server/api/request-guard-mark";
import { checkReadiness } from "@/server/domain/health/check-readiness";

export const dynamic = "force-dynamic";

/**
 * Readiness: 200 when the database answers, migrations are applied, the queue is installed and the
 * request guard runs in this process (it gives pages their Content-Security-Policy); else 503.
 */
export async function GET() {
  const readiness = await checkReadiness(db());
  const guarded = requestGuardLoaded();
  const requestGuard = guarded ? { ok: true } : { ok: false, error: "The web server was started without scripts/lib/http-guard.cjs." };
  const ready = readiness.ready && guarded;
  return NextResponse.json(
    { status: ready ? "ready" : "not_ready", checks: { ...readiness.checks, requestGuard } },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
