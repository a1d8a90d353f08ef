import { NextResponse } from "next/server";
import { readTextLimited } from "@/server/api/input";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { handleZendeskWebhook, precheckZendeskWebhook, ZENDESK_WEBHOOK_LIMIT_BYTES } from "@/server/support/http/zendesk-webhook";

/** Zendesk → portal: status changes and comments, accepted only with a valid signature. */
export async function POST(request: Request) {
  const secret = env().ZENDESK_WEBHOOK_SECRET ?? null;
  const refused = precheckZendeskWebhook(secret, request.headers);
  if (refused) return NextResponse.json(refused.body, { status: refused.status });
  let body: string;
  try {
    body = await readTextLimited(request, ZENDESK_WEBHOOK_LIMIT_BYTES);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: error.status });
  }
  const outcome = await handleZendeskWebhook(db(), secret, request.headers, body);
  return NextResponse.json(outcome.body, { status: outcome.status });
}
