import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/** Liveness: the process serves requests. Nothing else is checked, so a slow database never restarts it. */
export function GET() {
  return NextResponse.json({ status: "live", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } });
}
