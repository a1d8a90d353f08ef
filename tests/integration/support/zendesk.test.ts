import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { addTicketComment } from "@/server/domain/support/add-ticket-comment";
import { openTicket } from "@/server/domain/support/open-ticket";
import { updateTicket } from "@/server/domain/support/update-ticket";
import { deskFromEnv } from "@/server/support/desk-from-env";
import { syncWithDesk } from "@/server/support/desk-sync";
import { handleZendeskWebhook, zendeskSignature } from "@/server/support/http/zendesk-webhook";
import { createZendeskDesk } from "@/server/support/zendesk";
import { getTicketView } from "@/server/store/tickets";
import { startFakeZendesk, type FakeZendesk } from "../../support/fake-zendesk";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";

const credentials = { email: "portal@provider.example", apiToken: "zd-token-123" };
const SECRET = "webhook-secret-abc";
let fake: FakeZendesk;
let desk: ReturnType<typeof createZendeskDesk>;

beforeAll(async () => {
  fake = await startFakeZendesk(credentials);
  desk = createZendeskDesk({ baseUrl: fake.url, ...credentials, webhookSecret: SECRET });
});
afterAll(() => fake.close());

async function openSynced(email: string = DEMO_USERS.contosoOwner) {
  const cluster = await clusterByName("contoso-prod");
  return openTicket(testDb, await actorFor(email), { clusterId: cluster.id, subject: "Ingress down", description: "No app is reachable since 10:00.", severity: "CRITICAL" }, { desk });
}

function signed(body: unknown, secret = SECRET, timestamp = new Date().toISOString()) {
  const text = JSON.stringify(body);
  return { text, headers: new Headers({ "x-zendesk-webhook-signature": zendeskSignature(secret, timestamp, text), "x-zendesk-webhook-signature-timestamp": timestamp }) };
}

describe("Zendesk sync", () => {
  beforeEach(async () => {
    await resetWithDemo();
    fake.tickets.clear();
    fake.requests.length = 0;
    fake.failWith(null);
  });

  it("without configuration there is no desk and nothing is sent", async () => {
    expect(deskFromEnv()).toBeNull();
    const cluster = await clusterByName("contoso-prod");
    const ticket = await openTicket(testDb, await actorFor(DEMO_USERS.contosoOwner), { clusterId: cluster.id, subject: "Local only", description: "No Zendesk configured here.", severity: "LOW" });
    expect(ticket.externalId).toBeNull();
    expect(fake.requests).toEqual([]);
  });

  it("creates the Zendesk ticket with API-token auth and shows Go to ticket to the creator only", async () => {
    const ticket = await openSynced();
    const [request] = fake.requests;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/api/v2/tickets.json");
    expect(request.authorization).toBe(`Basic ${Buffer.from("portal@provider.example/token:zd-token-123").toString("base64")}`);
    const remote = [...fake.tickets.values()][0];
    expect(remote).toMatchObject({ subject: `[#${ticket.number}] Ingress down`, priority: "urgent", requester: { name: "Olivia Owner", email: DEMO_USERS.contosoOwner } });
    expect(ticket.externalId).toBe(String(remote.id));
    expect(ticket.externalUrl).toBe(`${fake.url}/agent/tickets/${remote.id}`);
    expect((await getTicketView(testDb, await actorFor(DEMO_USERS.contosoOwner), ticket.id)).externalUrl).toBe(ticket.externalUrl);
    expect((await getTicketView(testDb, await actorFor(DEMO_USERS.contosoManager), ticket.id)).externalUrl).toBeNull();
  });

  it("portal comments go to Zendesk as public comments; internal notes do not; status changes follow", async () => {
    const ticket = await openSynced();
    const remote = [...fake.tickets.values()][0];
    const support = await actorFor(DEMO_USERS.support);
    await addTicketComment(testDb, support, ticket.id, { body: "secret staff note", internal: true }, { desk });
    await addTicketComment(testDb, await actorFor(DEMO_USERS.contosoOwner), ticket.id, { body: "Still down." }, { desk });
    await updateTicket(testDb, support, ticket.id, { status: "ON_HOLD" }, { desk });
    expect(remote.comments.map((comment) => [comment.body.endsWith("Still down."), comment.public])).toEqual([[false, true], [true, true]]);
    expect(remote.comments.some((comment) => comment.body.includes("secret staff note"))).toBe(false);
    expect(remote.status).toBe("hold");
    const stored = await testDb.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored.externalStatus).toBe("ON_HOLD");
    // The next pull neither duplicates the pushed comment nor undoes the status.
    await syncWithDesk(testDb, desk);
    expect(await testDb.ticketComment.count({ where: { ticketId: ticket.id } })).toBe(2);
    expect((await testDb.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("ON_HOLD");
  });

  it("the pull job brings agent replies and status (pending → Awaiting your reply) into the portal, once", async () => {
    const ticket = await openSynced();
    const remote = [...fake.tickets.values()][0];
    fake.agentReply(remote.id, "Please restart the ingress.");
    fake.agentReply(remote.id, "agents only", { public: false });
    fake.setStatus(remote.id, "pending");
    const summary = await syncWithDesk(testDb, desk);
    expect(summary).toMatchObject({ pulled: 1, failures: 0 });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const view = await getTicketView(testDb, owner, ticket.id);
    expect(view.status).toBe("AWAITING_REPLY");
    expect(view.comments.map((comment) => [comment.authorKind, comment.body])).toEqual([["STAFF", "Please restart the ingress."]]);
    expect(view.firstRespondedAt).not.toBeNull();
    expect(await testDb.notification.count({ where: { userId: owner.userId } })).toBe(2);
    await syncWithDesk(testDb, desk);
    expect(await testDb.ticketComment.count({ where: { ticketId: ticket.id } })).toBe(2);
    // A customer reply in the portal reopens it there and in Zendesk.
    await addTicketComment(testDb, owner, ticket.id, { body: "Restarted, still down." }, { desk });
    expect(remote.status).toBe("open");
    fake.setStatus(remote.id, "solved");
    await syncWithDesk(testDb, desk);
    expect((await testDb.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("SOLVED");
  });

  it("Zendesk being down never blocks the portal; the sync job catches up", async () => {
    fake.failWith(503);
    const ticket = await openSynced();
    expect(ticket.externalId).toBeNull();
    expect(await testDb.ticket.count()).toBe(1);
    fake.failWith(null);
    const summary = await syncWithDesk(testDb, desk);
    expect(summary.created).toBe(1);
    expect((await testDb.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).externalId).toBe(String([...fake.tickets.values()][0].id));
  });

  it("the webhook applies signed status changes and comments", async () => {
    const ticket = await openSynced();
    const remote = [...fake.tickets.values()][0];
    const event = signed({ ticket: { id: String(remote.id), status: "hold" }, comment: { id: "777", body: "Escalated to Microsoft.", public: true, author_role: "agent" } });
    const outcome = await handleZendeskWebhook(testDb, SECRET, event.headers, event.text);
    expect(outcome.status).toBe(200);
    const view = await getTicketView(testDb, await actorFor(DEMO_USERS.contosoOwner), ticket.id);
    expect(view.status).toBe("ON_HOLD");
    expect(view.comments.map((comment) => comment.body)).toEqual(["Escalated to Microsoft."]);
    // Delivered twice: applied once.
    await handleZendeskWebhook(testDb, SECRET, event.headers, event.text);
    expect(await testDb.ticketComment.count()).toBe(1);
  });

  it("the webhook rejects bad or missing signatures with 401 and changes nothing", async () => {
    const ticket = await openSynced();
    const remote = [...fake.tickets.values()][0];
    const body = { ticket: { id: String(remote.id), status: "solved" }, comment: { id: "778", body: "forged", public: true } };
    const wrongSecret = signed(body, "not-the-secret");
    expect((await handleZendeskWebhook(testDb, SECRET, wrongSecret.headers, wrongSecret.text)).status).toBe(401);
    const good = signed(body);
    const tampered = JSON.stringify({ ...body, ticket: { id: String(remote.id), status: "pending" } });
    expect((await handleZendeskWebhook(testDb, SECRET, good.headers, tampered)).status).toBe(401);
    expect((await handleZendeskWebhook(testDb, SECRET, new Headers(), good.text)).status).toBe(401);
    const stale = signed(body, SECRET, new Date(Date.now() - 3600_000).toISOString());
    expect((await handleZendeskWebhook(testDb, SECRET, stale.headers, stale.text)).status).toBe(401);
    // Correctly signed, but with a timestamp that never expires: a replay must not be accepted.
    const timeless = signed(body, SECRET, "not-a-time");
    expect((await handleZendeskWebhook(testDb, SECRET, timeless.headers, timeless.text)).status).toBe(401);
    expect((await handleZendeskWebhook(testDb, null, good.headers, good.text)).status).toBe(401);
    const stored = await testDb.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored.status).toBe("OPEN");
    expect(await testDb.ticketComment.count()).toBe(0);
  });
});
