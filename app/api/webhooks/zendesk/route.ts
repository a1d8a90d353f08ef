import { NextResponse } from "next/server";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { handleZendeskWebhook } from "@/server/support/http/zendesk-webhook";

/** Zendesk → portal: status changes and comments, accepted only with a valid signature. */
export async function POST(request: Request) {
  const body = await request.text();
  const outcome = await handleZendeskWebhook(db(), env().ZENDESK_WEBHOOK_SECRET ?? null, request.headers, body);
  return NextResponse.json(outcome.body, { status: outcome.status });
}
