import "server-only";
import type { TicketSeverity, TicketStatus } from "@/generated/prisma/enums";

/** Pure mapping between Zendesk's shapes and ours (unit-tested, no I/O). */
export type ZendeskStatus = "new" | "open" | "pending" | "hold" | "solved" | "closed";

export function statusFromZendesk(status: string): TicketStatus | null {
  switch (status) {
    case "new":
    case "open":
      return "OPEN";
    case "pending":
      return "AWAITING_REPLY";
    case "hold":
      return "ON_HOLD";
    case "solved":
    case "closed":
      return "SOLVED";
    default:
      return null;
  }
}

/** Zendesk closes solved tickets itself; the API cannot set "closed", so Closed maps to solved. */
export function statusToZendesk(status: TicketStatus): ZendeskStatus {
  switch (status) {
    case "OPEN":
      return "open";
    case "AWAITING_REPLY":
      return "pending";
    case "ON_HOLD":
      return "hold";
    case "SOLVED":
    case "CLOSED":
      return "solved";
  }
}

export function priorityToZendesk(severity: TicketSeverity): "urgent" | "high" | "normal" | "low" {
  return ({ CRITICAL: "urgent", HIGH: "high", MEDIUM: "normal", LOW: "low" } as const)[severity];
}

export function basicAuth(email: string, apiToken: string): string {
  return `Basic ${Buffer.from(`${email}/token:${apiToken}`).toString("base64")}`;
}

/** The agent-facing URL of a ticket, shown as "Go to ticket". */
export function ticketUrl(baseUrl: string, id: string | number): string {
  return `${baseUrl.replace(/\/+$/, "")}/agent/tickets/${id}`;
}

export interface ZendeskCommentJson {
  id: number | string;
  body?: string;
  plain_body?: string;
  public?: boolean;
  author_id?: number | string;
  created_at?: string;
}

/** The comments after the description (Zendesk's first comment is the ticket's description). */
export function commentsFromZendesk(comments: ZendeskCommentJson[], requesterId: number | string | null | undefined) {
  return comments.slice(1).map((comment) => ({
    externalId: String(comment.id),
    body: comment.plain_body ?? comment.body ?? "",
    public: comment.public !== false,
    fromRequester: requesterId != null && String(comment.author_id) === String(requesterId),
    createdAt: comment.created_at ? new Date(comment.created_at) : new Date(),
  }));
}

/** The id of the comment an update created, from the audit Zendesk returns with it. */
export function commentIdFromAudit(response: unknown): string | null {
  const events = (response as { audit?: { events?: { type?: string; id?: number | string }[] } })?.audit?.events ?? [];
  const comment = events.find((event) => event.type === "Comment");
  return comment?.id != null ? String(comment.id) : null;
}
