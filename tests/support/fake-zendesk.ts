// A tiny in-memory Zendesk (tickets + comments API) on 127.0.0.1 for the sync tests.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  public: boolean;
  author_id: number;
  created_at: string;
}

export interface FakeTicket {
  id: number;
  subject: string;
  status: string;
  priority: string | null;
  requester_id: number;
  requester: { name: string; email: string };
  tags: string[];
  external_id: string | null;
  comments: FakeComment[];
}

export interface FakeRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeZendesk {
  url: string;
  tickets: Map<number, FakeTicket>;
  requests: FakeRequest[];
  /** An agent acts in Zendesk (not through the API the portal uses). */
  agentReply(ticketId: number, body: string, options?: { public?: boolean }): FakeComment;
  setStatus(ticketId: number, status: string): void;
  /** Makes every API call fail with this status (null: back to normal). */
  failWith(status: number | null): void;
  close(): Promise<void>;
}

const AGENT_ID = 9001;

export async function startFakeZendesk(credentials: { email: string; apiToken: string }): Promise<FakeZendesk> {
  const tickets = new Map<number, FakeTicket>();
  const requests: FakeRequest[] = [];
  let nextTicket = 1000;
  let nextComment = 50_000;
  let nextUser = 500;
  let failure: number | null = null;
  const expectedAuth = `Basic ${Buffer.from(`${credentials.email}/token:${credentials.apiToken}`).toString("base64")}`;
  const now = () => new Date().toISOString();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const body = text ? JSON.parse(text) : null;
      const path = new URL(req.url ?? "/", "http://fake").pathname;
      requests.push({ method: req.method ?? "GET", path, authorization: req.headers.authorization, body });
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      if (failure) return send(failure, { error: "Unavailable" });
      if (req.headers.authorization !== expectedAuth) return send(401, { error: "Couldn't authenticate you" });

      if (req.method === "POST" && path === "/api/v2/tickets.json") {
        const input = body.ticket;
        const id = nextTicket++;
        const requesterId = nextUser++;
        const ticket: FakeTicket = {
          id,
          subject: input.subject,
          status: "new",
          priority: input.priority ?? null,
          requester_id: requesterId,
          requester: input.requester,
          tags: input.tags ?? [],
          external_id: input.external_id ?? null,
          comments: [{ id: nextComment++, body: input.comment.body, public: true, author_id: requesterId, created_at: now() }],
        };
        tickets.set(id, ticket);
        return send(201, { ticket: view(ticket), audit: { events: [{ type: "Comment", id: ticket.comments[0].id }] } });
      }
      const match = /^\/api\/v2\/tickets\/(\d+)(\/comments)?\.json$/.exec(path);
      const ticket = match ? tickets.get(Number(match[1])) : undefined;
      if (!ticket) return send(404, { error: "RecordNotFound" });
      if (req.method === "GET" && match![2]) return send(200, { comments: ticket.comments, next_page: null });
      if (req.method === "GET") return send(200, { ticket: view(ticket) });
      if (req.method === "PUT") {
        const update = body.ticket;
        const events: { type: string; id: number }[] = [];
        if (update.status) {
          if (update.status === "closed") return send(422, { error: "InvalidStatus" });
          ticket.status = update.status;
        }
        if (update.comment) {
          const comment = { id: nextComment++, body: update.comment.body, public: update.comment.public !== false, author_id: ticket.requester_id, created_at: now() };
          ticket.comments.push(comment);
          events.push({ type: "Comment", id: comment.id });
        }
        return send(200, { ticket: view(ticket), audit: { events } });
      }
      return send(405, { error: "MethodNotAllowed" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  function view(ticket: FakeTicket) {
    const { comments: _comments, ...rest } = ticket;
    return rest;
  }

  return {
    url: `http://127.0.0.1:${port}`,
    tickets,
    requests,
    agentReply(ticketId, body, options = {}) {
      const ticket = tickets.get(ticketId)!;
      const comment = { id: nextComment++, body, public: options.public ?? true, author_id: AGENT_ID, created_at: now() };
      ticket.comments.push(comment);
      return comment;
    },
    setStatus(ticketId, status) {
      tickets.get(ticketId)!.status = status;
    },
    failWith(status) {
      failure = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
