import "server-only";
import type { TicketStatus } from "@/generated/prisma/enums";
import type { ZendeskConfig } from "./config";
import type { ExternalDesk, NewExternalTicket } from "./desk";
import {
  basicAuth,
  commentIdFromAudit,
  commentsFromZendesk,
  priorityToZendesk,
  statusFromZendesk,
  statusToZendesk,
  ticketUrl,
  type ZendeskCommentJson,
} from "./zendesk-transform";

export class ZendeskError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ZendeskError";
  }
}

/** The Zendesk Support API (tickets, comments) behind the ExternalDesk interface. */
export function createZendeskDesk(config: ZendeskConfig, fetchImpl: typeof fetch = fetch): ExternalDesk {
  const authorization = basicAuth(config.email, config.apiToken);

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetchImpl(`${config.baseUrl}${path}`, {
      method,
      headers: { authorization, accept: "application/json", ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) throw new ZendeskError(response.status, `Zendesk ${method} ${path} answered ${response.status}`);
    return (await response.json()) as T;
  }

  return {
    name: "zendesk",
    async createTicket(ticket: NewExternalTicket) {
      const result = await call<{ ticket: { id: number | string } }>("POST", "/api/v2/tickets.json", {
        ticket: {
          subject: `[#${ticket.number}] ${ticket.subject}`,
          comment: { body: ticket.description, public: true },
          priority: priorityToZendesk(ticket.severity),
          requester: ticket.requester,
          external_id: `portal-${ticket.number}`,
          tags: ticket.tags,
        },
      });
      return { externalId: String(result.ticket.id), externalUrl: ticketUrl(config.baseUrl, result.ticket.id) };
    },
    async addPublicComment(externalId, body, author) {
      const result = await call<unknown>("PUT", `/api/v2/tickets/${encodeURIComponent(externalId)}.json`, {
        ticket: { comment: { body: author ? `${author.name} (${author.email}) wrote:\n\n${body}` : body, public: true } },
      });
      return { externalCommentId: commentIdFromAudit(result) };
    },
    async setStatus(externalId, status: TicketStatus) {
      await call("PUT", `/api/v2/tickets/${encodeURIComponent(externalId)}.json`, { ticket: { status: statusToZendesk(status) } });
    },
    async fetchTicket(externalId) {
      const id = encodeURIComponent(externalId);
      const { ticket } = await call<{ ticket: { id: number | string; status: string; requester_id?: number | string } }>("GET", `/api/v2/tickets/${id}.json`);
      const comments: ZendeskCommentJson[] = [];
      let next: string | null = `/api/v2/tickets/${id}/comments.json`;
      for (let page = 0; next && page < 20; page++) {
        const result: { comments: ZendeskCommentJson[]; next_page?: string | null } = await call("GET", next);
        comments.push(...result.comments);
        next = result.next_page ? new URL(result.next_page).pathname + new URL(result.next_page).search : null;
      }
      return {
        externalId: String(ticket.id),
        status: statusFromZendesk(ticket.status) ?? "OPEN",
        comments: commentsFromZendesk(comments, ticket.requester_id),
      };
    },
  };
}
