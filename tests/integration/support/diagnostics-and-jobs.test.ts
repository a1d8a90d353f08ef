import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { addTicketComment } from "@/server/domain/support/add-ticket-comment";
import { closeSolvedTickets } from "@/server/domain/support/close-solved-tickets";
import { markBreachedTickets } from "@/server/domain/support/mark-breached-tickets";
import { openTicket } from "@/server/domain/support/open-ticket";
import { updateTicket } from "@/server/domain/support/update-ticket";
import { viewClusterDiagnostics } from "@/server/domain/support/view-cluster-diagnostics";
import { listTickets, ZTicketListQuery } from "@/server/store/tickets";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";
import { FIXED_NOW, orgBySlug } from "./helpers";

const noDesk = { desk: null, now: FIXED_NOW };

async function openOn(clusterName: string, severity = "CRITICAL") {
  const cluster = await clusterByName(clusterName);
  return openTicket(testDb, await actorFor(DEMO_USERS.contosoOwner), { clusterId: cluster.id, subject: "Broken", description: "Something is broken here.", severity, environmentAccess: true }, noDesk);
}

describe("staff diagnostics of a customer's cluster", () => {
  beforeEach(resetWithDemo);

  it("is refused (404) without an open ticket of that cluster, and nothing is recorded", async () => {
    const support = await actorFor(DEMO_USERS.support);
    const prod = await clusterByName("contoso-prod");
    await expect(viewClusterDiagnostics(testDb, support, { clusterId: prod.id, ticket: 1 })).rejects.toMatchObject({ code: "not_found" });
    // A ticket of another cluster does not open this one.
    const other = await openOn("contoso-analytics");
    await expect(viewClusterDiagnostics(testDb, support, { clusterId: prod.id, ticket: other.number })).rejects.toMatchObject({ code: "not_found" });
    expect(await testDb.auditEvent.count({ where: { action: "staff.view-diagnostics" } })).toBe(0);
  });

  it("is allowed while the ticket is open, recorded in the customer's activity log with its purpose", async () => {
    const support = await actorFor(DEMO_USERS.support);
    const ticket = await openOn("contoso-prod");
    const prod = await clusterByName("contoso-prod");
    const view = await viewClusterDiagnostics(testDb, support, { clusterId: prod.id, ticket: String(ticket.number) }, { ip: "10.0.0.9" });
    expect(view.cluster.name).toBe("contoso-prod");
    expect(view.cluster.components).toHaveLength(13);
    expect(view.cluster.environments.map((environment) => environment.name)).toEqual(["acceptance", "production", "test"]);
    expect(view.cluster.operations.map((operation) => operation.kind)).toEqual(["cluster.initialize"]);
    const contoso = await orgBySlug("contoso");
    const events = await testDb.auditEvent.findMany({ where: { action: "staff.view-diagnostics" } });
    expect(events).toEqual([
      expect.objectContaining({ orgId: contoso.id, actorKind: "STAFF", actorEmail: DEMO_USERS.support, purpose: `ticket #${ticket.number}`, targetType: "cluster", targetId: prod.id, ip: "10.0.0.9", outcome: "SUCCESS" }),
    ]);
  });

  it("ends when the ticket is solved; customers never get it", async () => {
    const support = await actorFor(DEMO_USERS.support);
    const ticket = await openOn("contoso-prod");
    const prod = await clusterByName("contoso-prod");
    await updateTicket(testDb, support, ticket.id, { status: "SOLVED" }, noDesk);
    await expect(viewClusterDiagnostics(testDb, support, { clusterId: prod.id, ticket: ticket.number })).rejects.toMatchObject({ code: "not_found" });
    await updateTicket(testDb, support, ticket.id, { status: "OPEN" }, noDesk);
    await expect(viewClusterDiagnostics(testDb, support, { clusterId: prod.id, ticket: ticket.number })).resolves.toMatchObject({ purpose: `ticket #${ticket.number}`, cluster: { id: prod.id, name: "contoso-prod" } });
    await expect(viewClusterDiagnostics(testDb, await actorFor(DEMO_USERS.contosoOwner), { clusterId: prod.id, ticket: ticket.number })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("SLA breach and auto-close jobs", () => {
  beforeEach(resetWithDemo);

  it("flags overdue tickets without a staff response, once", async () => {
    const critical = await openOn("contoso-prod", "CRITICAL"); // due 11:00Z
    const answered = await openOn("contoso-prod", "CRITICAL");
    const low = await openOn("contoso-prod", "LOW");
    await addTicketComment(testDb, await actorFor(DEMO_USERS.support), answered.id, { body: "On it" }, { desk: null, now: new Date("2026-03-02T10:00:00Z") });
    expect(await markBreachedTickets(testDb, new Date("2026-03-02T11:00:00Z"))).toBe(0);
    expect(await markBreachedTickets(testDb, new Date("2026-03-02T11:00:01Z"))).toBe(1);
    expect(await markBreachedTickets(testDb, new Date("2026-03-09T00:00:00Z"))).toBe(0);
    const rows = await testDb.ticket.findMany({ orderBy: { number: "asc" }, select: { number: true, breachedAt: true } });
    expect(rows.map((row) => [row.number, row.breachedAt?.toISOString() ?? null])).toEqual([
      [critical.number, "2026-03-02T11:00:01.000Z"],
      [answered.number, null],
      [low.number, null],
    ]);
    const page = await listTickets(testDb, await actorFor(DEMO_USERS.contosoOwner), ZTicketListQuery.parse({ breached: "1" }), new Date("2026-03-02T11:00:01Z"));
    expect(page.items.map((item) => [item.number, item.breached])).toEqual([[critical.number, true]]);
  });

  it("closes solved tickets after the configured quiet days, and audits it", async () => {
    const support = await actorFor(DEMO_USERS.support);
    const ticket = await openOn("contoso-prod");
    await updateTicket(testDb, support, ticket.id, { status: "SOLVED" }, { desk: null, now: new Date("2026-03-02T12:00:00Z") });
    expect(await closeSolvedTickets(testDb, 7, new Date("2026-03-09T11:59:59Z"))).toBe(0);
    expect(await closeSolvedTickets(testDb, 7, new Date("2026-03-09T12:00:00Z"))).toBe(1);
    const closed = await testDb.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt?.toISOString()).toBe("2026-03-09T12:00:00.000Z");
    expect(await testDb.auditEvent.count({ where: { action: "ticket.auto-close", targetId: ticket.id, actorKind: "SYSTEM" } })).toBe(1);
  });

  it("a customer reply on a solved ticket reopens it and restarts the quiet period", async () => {
    const support = await actorFor(DEMO_USERS.support);
    const ticket = await openOn("contoso-prod");
    await updateTicket(testDb, support, ticket.id, { status: "SOLVED" }, { desk: null, now: new Date("2026-03-02T12:00:00Z") });
    const result = await addTicketComment(testDb, await actorFor(DEMO_USERS.contosoManager), ticket.id, { body: "It is back" }, { desk: null, now: new Date("2026-03-05T12:00:00Z") });
    expect(result.status).toBe("OPEN");
    expect(await closeSolvedTickets(testDb, 7, new Date("2026-03-20T00:00:00Z"))).toBe(0);
  });
});
