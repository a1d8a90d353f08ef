import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { addTicketComment } from "@/server/domain/support/add-ticket-comment";
import { openAutomaticTicket } from "@/server/domain/support/open-automatic-ticket";
import { openTicket } from "@/server/domain/support/open-ticket";
import { updateTicket } from "@/server/domain/support/update-ticket";
import { AppError } from "@/server/errors";
import * as notificationsRoute from "@/app/api/v1/notifications/route";
import * as readNotificationsRoute from "@/app/api/v1/notifications/read/route";
import * as attachmentRoute from "@/app/api/v1/tickets/[ticketId]/attachments/[attachmentId]/route";
import * as attachmentsRoute from "@/app/api/v1/tickets/[ticketId]/attachments/route";
import * as commentsRoute from "@/app/api/v1/tickets/[ticketId]/comments/route";
import * as ticketRoute from "@/app/api/v1/tickets/[ticketId]/route";
import * as ticketsRoute from "@/app/api/v1/tickets/route";
import { getTicketView, listQueue, listTickets, ZTicketListQuery } from "@/server/store/tickets";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";
import { callRoute } from "../api";
import { FIXED_NOW, orgBySlug } from "./helpers";

const noDesk = { desk: null, now: FIXED_NOW };
const query = (input: Record<string, unknown> = {}) => ZTicketListQuery.parse(input);
const SECRET = "S3cr3t-Seeded!";

async function open(email: string, clusterName: string, overrides: Record<string, unknown> = {}) {
  const actor = await actorFor(email);
  const cluster = await clusterByName(clusterName);
  return openTicket(testDb, actor, { clusterId: cluster.id, subject: "Apps are slow", description: "Since this morning all apps respond slowly.", severity: "CRITICAL", ...overrides }, noDesk);
}

describe("opening tickets", () => {
  beforeEach(resetWithDemo);

  it("stores the ticket with SLA due time, creator, audit, and the cluster's recent logs", async () => {
    const ticket = await open(DEMO_USERS.contosoMember, "contoso-prod");
    expect(ticket).toMatchObject({ number: 1, status: "OPEN", severity: "CRITICAL", createdBySystem: false });
    expect(ticket.firstResponseDueAt?.toISOString()).toBe("2026-03-02T11:00:00.000Z");
    const logs = ticket.logs as any;
    expect(logs.cluster.name).toBe("contoso-prod");
    expect(logs.operations.map((operation: any) => operation.kind)).toEqual(["cluster.initialize"]);
    expect(logs.environments.map((environment: any) => `${environment.name}:${environment.state}`)).toEqual(["acceptance:RUNNING", "production:RUNNING", "test:STOPPED"]);
    expect(await testDb.auditEvent.count({ where: { action: "ticket.open", targetId: ticket.id, actorEmail: DEMO_USERS.contosoMember } })).toBe(1);
  });

  it("attaches failed components with their Azure error", async () => {
    const ticket = await open(DEMO_USERS.contosoOwner, "contoso-analytics", { severity: "HIGH" });
    const logs = ticket.logs as any;
    expect(logs.failedComponents).toEqual([expect.objectContaining({ kind: "AKS", state: "FAILED", error: expect.objectContaining({ code: "QuotaExceeded" }) })]);
    expect(ticket.firstResponseDueAt?.toISOString()).toBe("2026-03-03T09:00:00.000Z");
  });

  it("never stores or returns a seeded secret", async () => {
    const cluster = await clusterByName("contoso-prod");
    await testDb.operation.create({
      data: {
        orgId: cluster.orgId, clusterId: cluster.id, kind: "environment.create", targetType: "cluster", targetId: cluster.id, status: "FAILED",
        input: { adminPassword: SECRET, name: "prod2" },
        error: { code: "DeploymentFailed", message: `admin login failed: adminPassword=${SECRET}`, details: { clientSecret: SECRET, connectionString: `Server=x;Password=${SECRET}` } },
        steps: [{ name: "Create database", status: "failed", detail: `password: ${SECRET}` }],
      },
    });
    await testDb.clusterComponent.updateMany({ where: { clusterId: cluster.id, kind: "POSTGRES" }, data: { state: "FAILED", lastError: { code: "AuthFailed", message: `postgres://mendix:${SECRET}@db:5432/app refused`, token: SECRET } } });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const created = await callRoute(ticketsRoute.POST, owner, { body: { clusterId: cluster.id, subject: "Database down", description: "The database refuses connections.", severity: "HIGH" } });
    expect(created.status).toBe(201);
    const stored = await testDb.ticket.findUniqueOrThrow({ where: { id: created.json.ticket.id } });
    expect(JSON.stringify(stored.logs)).not.toContain(SECRET);
    expect(JSON.stringify(stored.logs)).toContain("DeploymentFailed");
    expect(created.text).not.toContain(SECRET);
    const fetched = await callRoute(ticketRoute.GET, owner, { params: { ticketId: String(stored.number) } });
    expect(fetched.status).toBe(200);
    expect(fetched.text).not.toContain(SECRET);
    expect(fetched.text).toContain("AuthFailed");
  });

  it("rejects bad input with field errors and changes nothing", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const result = await callRoute(ticketsRoute.POST, owner, { body: { subject: "x", description: "", severity: "URGENT" } });
    expect(result.status).toBe(400);
    expect(result.json.error.code).toBe("invalid_input");
    expect(Object.keys(result.json.error.fields).sort()).toEqual(["clusterId", "description", "severity", "subject"]);
    const prod = await clusterByName("contoso-prod");
    const otherEnv = await testDb.environment.findFirstOrThrow({ where: { cluster: { name: "fabrikam-main" } } });
    const wrongEnv = await callRoute(ticketsRoute.POST, owner, { body: { clusterId: prod.id, environmentId: otherEnv.id, subject: "Env", description: "Wrong environment here", severity: "LOW" } });
    expect(wrongEnv.status).toBe(400);
    expect(wrongEnv.json.error.fields).toEqual({ environmentId: ["Choose an environment of the cluster."] });
    expect(await testDb.ticket.count()).toBe(0);
  });

  it("cannot open a ticket on another organisation's cluster (404) nor on a cluster a member cannot see", async () => {
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    const prod = await clusterByName("contoso-prod");
    const result = await callRoute(ticketsRoute.POST, fabrikam, { body: { clusterId: prod.id, subject: "Hello", description: "Trying another org's cluster", severity: "LOW" } });
    expect(result.status).toBe(404);
    await expect(open(DEMO_USERS.contosoMember, "contoso-analytics")).rejects.toMatchObject({ code: "not_found" });
    expect(await testDb.ticket.count()).toBe(0);
  });
});

describe("scoping between organisations", () => {
  let contosoTicket: { id: string; number: number };
  beforeAll(async () => {
    await resetWithDemo();
    contosoTicket = await open(DEMO_USERS.contosoOwner, "contoso-prod");
    await open(DEMO_USERS.contosoMember, "contoso-prod", { severity: "LOW", subject: "Question" });
    await open(DEMO_USERS.fabrikamOwner, "fabrikam-main", { severity: "MEDIUM", subject: "Fabrikam issue" });
  });

  it("every member sees all of the organisation's tickets, not only their own", async () => {
    const page = await listTickets(testDb, await actorFor(DEMO_USERS.contosoManager), query(), FIXED_NOW);
    expect(page.items.map((item) => [item.number, item.subject, item.creator])).toEqual([
      [2, "Question", "Mia Member"],
      [1, "Apps are slow", "Olivia Owner"],
    ]);
    expect(page.total).toBe(2);
  });

  it("Fabrikam sees none of Contoso's tickets, by list, filter, id or number", async () => {
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    const contoso = await orgBySlug("contoso");
    expect((await listTickets(testDb, fabrikam, query(), FIXED_NOW)).items.map((item) => item.subject)).toEqual(["Fabrikam issue"]);
    expect((await listTickets(testDb, fabrikam, query({ orgId: contoso.id }), FIXED_NOW)).items).toEqual([]);
    await expect(getTicketView(testDb, fabrikam, contosoTicket.id)).rejects.toBeInstanceOf(AppError);
    for (const ref of [contosoTicket.id, String(contosoTicket.number)]) {
      const result = await callRoute(ticketRoute.GET, fabrikam, { params: { ticketId: ref } });
      expect(result.status).toBe(404);
      expect(result.json).toEqual({ error: { code: "not_found", message: "Ticket not found." } });
    }
    const listed = await callRoute(ticketsRoute.GET, fabrikam, { url: `/api/v1/tickets?orgId=${contoso.id}` });
    expect(listed.json).toMatchObject({ items: [], total: 0 });
    const comment = await callRoute(commentsRoute.POST, fabrikam, { params: { ticketId: contosoTicket.id }, body: { body: "hi" } });
    expect(comment.status).toBe(404);
    expect(await testDb.ticketComment.count()).toBe(0);
  });

  it("pages and filters on the server", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const second = await callRoute(ticketsRoute.GET, owner, { url: "/api/v1/tickets?pageSize=1&page=2" });
    expect(second.json.items.map((item: any) => item.number)).toEqual([1]);
    expect(second.json.total).toBe(2);
    expect((await listTickets(testDb, owner, query({ severity: "LOW" }), FIXED_NOW)).items.map((item) => item.number)).toEqual([2]);
    expect((await listTickets(testDb, owner, query({ status: "SOLVED" }), FIXED_NOW)).items).toEqual([]);
    const bad = await callRoute(ticketsRoute.GET, owner, { url: "/api/v1/tickets?status=DONE" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields)).toEqual(["status"]);
  });

  it("staff see the queue of all organisations ordered by first-response due time, nulls last", async () => {
    const support = await actorFor(DEMO_USERS.support);
    const queue = await listQueue(testDb, support, query(), FIXED_NOW);
    expect(queue.items.map((item) => [item.number, item.orgName, item.firstResponseDueAt])).toEqual([
      [1, "Contoso", "2026-03-02T11:00:00.000Z"],
      [3, "Fabrikam", "2026-03-03T16:00:00.000Z"],
      [2, "Contoso", null],
    ]);
    const fabrikam = await orgBySlug("fabrikam");
    expect((await listQueue(testDb, support, query({ orgId: fabrikam.id }), FIXED_NOW)).items.map((item) => item.number)).toEqual([3]);
    expect((await listQueue(testDb, support, query({ breached: "true" }), new Date("2026-03-02T12:00:00Z"))).items.map((item) => item.number)).toEqual([1]);
    await expect(listQueue(testDb, await actorFor(DEMO_USERS.contosoOwner), query())).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("conversation", () => {
  beforeEach(resetWithDemo);

  it("internal notes are never shown to customers, in the store or the API", async () => {
    const ticket = await open(DEMO_USERS.contosoOwner, "contoso-prod");
    const support = await actorFor(DEMO_USERS.support);
    await addTicketComment(testDb, support, ticket.id, { body: "We are looking into it." }, { desk: null, now: new Date("2026-03-02T09:05:00Z") });
    await addTicketComment(testDb, support, ticket.id, { body: "INTERNAL: customer quota is the cause", internal: true }, { desk: null, now: new Date("2026-03-02T09:06:00Z") });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const customerView = await getTicketView(testDb, owner, ticket.id);
    expect(customerView.comments.map((comment) => comment.body)).toEqual(["We are looking into it."]);
    const api = await callRoute(ticketRoute.GET, await actorFor(DEMO_USERS.contosoMember), { params: { ticketId: ticket.id } });
    expect(api.text).not.toContain("INTERNAL");
    expect(api.json.ticket.comments).toHaveLength(1);
    const staffView = await getTicketView(testDb, support, ticket.id);
    expect(staffView.comments.map((comment) => [comment.body, comment.internal])).toEqual([
      ["We are looking into it.", false],
      ["INTERNAL: customer quota is the cause", true],
    ]);
    const refused = await callRoute(commentsRoute.POST, owner, { params: { ticketId: ticket.id }, body: { body: "sneaky", internal: true } });
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields).toEqual({ internal: ["Only support staff can write internal notes."] });
  });

  it("a staff reply is the first response; a customer reply to Awaiting your reply moves it back to Open", async () => {
    const ticket = await open(DEMO_USERS.contosoOwner, "contoso-prod");
    const support = await actorFor(DEMO_USERS.support);
    await addTicketComment(testDb, support, ticket.id, { body: "Internal first", internal: true }, { desk: null, now: new Date("2026-03-02T09:10:00Z") });
    expect((await testDb.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).firstRespondedAt).toBeNull();
    await addTicketComment(testDb, support, ticket.id, { body: "Which app?" }, { desk: null, now: new Date("2026-03-02T09:30:00Z") });
    const patched = await callRoute(ticketRoute.PATCH, support, { method: "PATCH", params: { ticketId: ticket.id }, body: { status: "AWAITING_REPLY", assignToMe: true } });
    expect(patched.status).toBe(200);
    expect(patched.json.ticket).toMatchObject({ status: "AWAITING_REPLY", statusLabel: "Awaiting your reply", assignee: { name: "Sam Support" }, firstRespondedAt: "2026-03-02T09:30:00.000Z", breached: false });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const reply = await callRoute(commentsRoute.POST, owner, { params: { ticketId: ticket.id }, body: { body: "The production app." } });
    expect(reply.status).toBe(201);
    expect(reply.json.status).toBe("OPEN");
    expect(reply.json.ticket.statusLabel).toBe("Open");
  });

  it("customers cannot change the status; staff follow the status machine; closed tickets take no replies", async () => {
    const ticket = await open(DEMO_USERS.contosoOwner, "contoso-prod");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const support = await actorFor(DEMO_USERS.support);
    const denied = await callRoute(ticketRoute.PATCH, owner, { method: "PATCH", params: { ticketId: ticket.id }, body: { status: "SOLVED" } });
    expect(denied.status).toBe(403);
    const invalid = await callRoute(ticketRoute.PATCH, support, { method: "PATCH", params: { ticketId: ticket.id }, body: { status: "CLOSED" } });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.fields).toEqual({ status: ["A ticket that is Open cannot be set to Closed."] });
    expect((await testDb.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("OPEN");
    await updateTicket(testDb, support, ticket.id, { status: "SOLVED" }, noDesk);
    await testDb.ticket.update({ where: { id: ticket.id }, data: { status: "CLOSED" } });
    const late = await callRoute(commentsRoute.POST, owner, { params: { ticketId: ticket.id }, body: { body: "One more thing" } });
    expect(late.status).toBe(409);
  });
});

describe("automatic tickets and notifications", () => {
  beforeEach(resetWithDemo);

  it("openAutomaticTicket opens a High ticket by System with logs and tells the owners", async () => {
    const cluster = await clusterByName("contoso-analytics");
    const ticket = await openAutomaticTicket(testDb, { clusterId: cluster.id, subject: "Initialization failed after rerun", description: "The rerun failed: QuotaExceeded." }, noDesk);
    expect(ticket).toMatchObject({ severity: "HIGH", createdBySystem: true, createdById: null, status: "OPEN" });
    expect(ticket.firstResponseDueAt?.toISOString()).toBe("2026-03-03T09:00:00.000Z");
    expect((ticket.logs as any).failedComponents[0].kind).toBe("AKS");
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const page = await listTickets(testDb, manager, query(), FIXED_NOW);
    expect(page.items.map((item) => [item.subject, item.creator])).toEqual([["Initialization failed after rerun", "System"]]);
    // A member sees nothing of a cluster that is not initialized, its tickets included.
    const member = await actorFor(DEMO_USERS.contosoMember);
    expect((await listTickets(testDb, member, query(), FIXED_NOW)).items).toEqual([]);
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const notifications = await callRoute(notificationsRoute.GET, owner, { url: "/api/v1/notifications" });
    expect(notifications.json.unread).toBe(1);
    expect(notifications.json.items[0]).toMatchObject({ kind: "ticket.opened", ticketNumber: ticket.number, read: false });
    // A staff reply on an automatic ticket notifies the owners too.
    await addTicketComment(testDb, await actorFor(DEMO_USERS.support), ticket.id, { body: "We raised the quota." }, noDesk);
    expect(await testDb.notification.count({ where: { userId: owner.userId, kind: "ticket.reply" } })).toBe(1);
    expect(await testDb.notification.count({ where: { userId: member.userId } })).toBe(0);
  });

  it("openAutomaticTicket also works inside a caller's transaction, and rolls back with it", async () => {
    const cluster = await clusterByName("contoso-analytics");
    const number = await testDb.$transaction(async (tx) => (await openAutomaticTicket(tx, { clusterId: cluster.id, subject: "Rerun failed", description: "Again QuotaExceeded." }, noDesk)).number);
    expect(await testDb.ticket.count({ where: { number, createdBySystem: true } })).toBe(1);
    await expect(
      testDb.$transaction(async (tx) => {
        await openAutomaticTicket(tx, { clusterId: cluster.id, subject: "Rolled back", description: "Never stored." }, noDesk);
        throw new Error("caller failed");
      }),
    ).rejects.toThrow("caller failed");
    expect(await testDb.ticket.count({ where: { subject: "Rolled back" } })).toBe(0);
  });

  it("notifies the creator on a staff reply or status change, not on notes; mark read is per user", async () => {
    const ticket = await open(DEMO_USERS.contosoMember, "contoso-prod");
    const support = await actorFor(DEMO_USERS.support);
    await addTicketComment(testDb, support, ticket.id, { body: "note", internal: true }, noDesk);
    await addTicketComment(testDb, support, ticket.id, { body: "Hello" }, noDesk);
    await updateTicket(testDb, support, ticket.id, { status: "AWAITING_REPLY" }, noDesk);
    const member = await actorFor(DEMO_USERS.contosoMember);
    const list = await callRoute(notificationsRoute.GET, member);
    expect(list.json.unread).toBe(2);
    expect(list.json.items.map((item: any) => item.message).sort()).toEqual([`Support replied to ticket #${ticket.number}: Apps are slow`, `Ticket #${ticket.number} is now Awaiting your reply`]);
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    expect((await callRoute(readNotificationsRoute.POST, owner, { body: { ids: list.json.items.map((item: any) => item.id) } })).json).toEqual({ marked: 0 });
    expect((await callRoute(readNotificationsRoute.POST, member, { body: {} })).json).toEqual({ marked: 2 });
    expect((await callRoute(notificationsRoute.GET, member)).json.unread).toBe(0);
    // The customer's own reply notifies nobody.
    await addTicketComment(testDb, member, ticket.id, { body: "thanks" }, noDesk);
    expect(await testDb.notification.count({ where: { readAt: null } })).toBe(0);
  });
});

describe("attachments", () => {
  beforeEach(resetWithDemo);

  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

  it("accepts checked files, serves them to those who may see the ticket, and refuses forgeries", async () => {
    const ticket = await open(DEMO_USERS.contosoOwner, "contoso-prod");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const form = new FormData();
    form.append("files", new File([png], "screen.png", { type: "image/png" }));
    form.append("files", new File(["line one\n"], "app.log", { type: "application/octet-stream" }));
    const uploaded = await callRoute(attachmentsRoute.POST, owner, { form, params: { ticketId: ticket.id } });
    expect(uploaded.status).toBe(201);
    expect(uploaded.json.attachments.map((a: any) => [a.fileName, a.contentType, a.size])).toEqual([
      ["screen.png", "image/png", 12],
      ["app.log", "text/plain", 9],
    ]);
    const logId = uploaded.json.attachments[1].id;
    const member = await actorFor(DEMO_USERS.contosoMember);
    const download = await callRoute(attachmentRoute.GET, member, { params: { ticketId: ticket.id, attachmentId: logId } });
    expect(download.status).toBe(200);
    expect(download.text).toBe("line one\n");
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="app.log"');
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    expect((await callRoute(attachmentRoute.GET, fabrikam, { params: { ticketId: ticket.id, attachmentId: logId } })).status).toBe(404);

    const forged = new FormData();
    forged.append("files", new File(["<script>alert(1)</script>"], "evil.png", { type: "image/png" }));
    const refused = await callRoute(attachmentsRoute.POST, owner, { form: forged, params: { ticketId: ticket.id } });
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields).toEqual({ files: ["evil.png: the content is not a valid PNG file."] });
    const tooMany = new FormData();
    for (let i = 0; i < 4; i++) tooMany.append("files", new File(["x"], `f${i}.txt`, { type: "text/plain" }));
    expect((await callRoute(attachmentsRoute.POST, owner, { form: tooMany, params: { ticketId: ticket.id } })).json.error.fields).toEqual({ files: ["A ticket takes at most 5 attachments."] });
    expect(await testDb.ticketAttachment.count()).toBe(2);
    // A body that does not state its size is refused before it is read.
    const unsized = new FormData();
    unsized.append("files", new File(["x"], "late.txt", { type: "text/plain" }));
    const chunked = await callRoute(attachmentsRoute.POST, owner, { form: unsized, params: { ticketId: ticket.id }, omitLength: true });
    expect(chunked.status).toBe(400);
    expect(chunked.json.error.fields).toEqual({ files: ["The upload must state its size."] });
    expect(await testDb.ticketAttachment.count()).toBe(2);
  });
});
