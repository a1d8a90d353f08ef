import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { DbOrTx } from "../../db";
import { applyExternalUpdate } from "../desk-sync";
import { statusFromZendesk } from "../zendesk-transform";

/** Zendesk signs webhooks: base64(HMAC-SHA256(secret, timestamp + body)). */
export function zendeskSignature(secret: string, timestamp: string, body: string): string {
  return createHmac("sha256", secret).update(timestamp + body).digest("base64");
}

export function verifyZendeskSignature(secret: string, signature: string | null, timestamp: string | null, body: string, now = new Date(), toleranceSeconds = 300): boolean {
  if (!signature || !timestamp) return false;
  // A timestamp that does not parse would never expire: a replayed request must be refused.
  const sent = Date.parse(timestamp);
  if (!Number.isFinite(sent) || Math.abs(now.getTime() - sent) > toleranceSeconds * 1000) return false;
  const expected = Buffer.from(zendeskSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const ZId = z.union([z.string().min(1).max(40), z.number().int()]).transform(String);

/**
 * The body our Zendesk trigger sends (configured in Zendesk as JSON):
 * { "ticket": { "id": "{{ticket.id}}", "status": "{{ticket.status}}" },
 *   "comment": { "id": "...", "body": "...", "public": true, "author_role": "end-user" | "agent" } }
 */
export const ZZendeskWebhook = z.object({
  ticket: z.object({ id: ZId, status: z.string().max(20).optional() }),
  comment: z
    .object({
      id: ZId,
      body: z.string().max(65_000),
      public: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]).default(true),
      author_role: z.string().max(20).optional(),
    })
    .optional(),
});

export type WebhookOutcome = { status: 401 | 400 | 413 | 200 | 202; body: Record<string, unknown> };

/** Largest webhook body read; Zendesk's ticket events are a few kilobytes. */
export const ZENDESK_WEBHOOK_LIMIT_BYTES = 256 * 1024;

const unsigned = (message: string): WebhookOutcome => ({ status: 401, body: { error: { code: "unauthenticated", message } } });

/**
 * What can be checked before a byte of the body is read: webhooks are configured, the request is
 * signed with a fresh timestamp, and it declares no more than the limit. Anonymous callers are
 * turned away without the portal reading what they send.
 */
export function precheckZendeskWebhook(secret: string | null, headers: Headers, now = new Date(), toleranceSeconds = 300): WebhookOutcome | null {
  if (!secret) return unsigned("Webhooks are not configured.");
  const timestamp = headers.get("x-zendesk-webhook-signature-timestamp");
  const sent = timestamp ? Date.parse(timestamp) : Number.NaN;
  if (!headers.get("x-zendesk-webhook-signature") || !Number.isFinite(sent) || Math.abs(now.getTime() - sent) > toleranceSeconds * 1000) return unsigned("Invalid signature.");
  const declared = headers.get("content-length");
  if (declared !== null && Number(declared) > ZENDESK_WEBHOOK_LIMIT_BYTES) return { status: 413, body: { error: { code: "payload_too_large", message: "The webhook body is too large." } } };
  return null;
}

export async function handleZendeskWebhook(db: DbOrTx, secret: string | null, headers: Headers, body: string, now = new Date()): Promise<WebhookOutcome> {
  const refused = precheckZendeskWebhook(secret, headers, now);
  if (refused || !secret) return refused ?? unsigned("Webhooks are not configured.");
  const ok = verifyZendeskSignature(secret, headers.get("x-zendesk-webhook-signature"), headers.get("x-zendesk-webhook-signature-timestamp"), body, now);
  if (!ok) return unsigned("Invalid signature.");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 400, body: { error: { code: "invalid_input", message: "The body is not valid JSON." } } };
  }
  const parsed = ZZendeskWebhook.safeParse(json);
  if (!parsed.success) return { status: 400, body: { error: { code: "invalid_input", message: "The body is not a ticket event." } } };
  const { ticket, comment } = parsed.data;
  const result = await applyExternalUpdate(
    db,
    {
      externalId: ticket.id,
      status: ticket.status ? statusFromZendesk(ticket.status.toLowerCase()) : null,
      comments: comment
        ? [{ externalId: comment.id, body: comment.body, public: comment.public, fromRequester: comment.author_role === "end-user", createdAt: now }]
        : [],
    },
    now,
  );
  return result.found ? { status: 200, body: { ok: true, ...result } } : { status: 202, body: { ok: true, ignored: "unknown ticket" } };
}
