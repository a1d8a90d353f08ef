import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { openTicket } from "@/server/domain/support/open-ticket";
import { viewClusterDiagnostics } from "@/server/domain/support/view-cluster-diagnostics";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";
import { FIXED_NOW, orgBySlug } from "./helpers";

const noDesk = { desk: null, now: FIXED_NOW };

async function open(consents: { shareLogs?: boolean; environmentAccess?: boolean }) {
  const cluster = await clusterByName("contoso-prod");
  const ticket = await openTicket(testDb, await actorFor(DEMO_USERS.contosoOwner), { clusterId: cluster.id, subject: "Apps are slow", description: "Since this morning all apps respond slowly.", severity: "HIGH", ...consents }, noDesk);
  return { ticket, cluster };
}

describe("consents given when a ticket is opened", () => {
  beforeEach(resetWithDemo);

  it("attaches no logs when the opener does not share them, and records both choices", async () => {
    const { ticket } = await open({ shareLogs: false, environmentAccess: false });
    expect(ticket.logs).toBeNull();
    expect(ticket).toMatchObject({ shareLogs: false, environmentAccess: false });
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "ticket.open", targetId: ticket.id } });
    expect(audit.after).toMatchObject({ shareLogs: false, environmentAccess: false });
  });

  it("attaches the logs when shared (the default of the API)", async () => {
    const { ticket } = await open({});
    expect(ticket).toMatchObject({ shareLogs: true, environmentAccess: false });
    expect((ticket.logs as { cluster: { name: string } }).cluster.name).toBe("contoso-prod");
  });

  it("refuses a consent that is not a yes or no, and stores nothing", async () => {
    const cluster = await clusterByName("contoso-prod");
    const input = { clusterId: cluster.id, subject: "Apps are slow", description: "Since this morning all apps respond slowly.", severity: "HIGH", environmentAccess: "yes" };
    await expect(openTicket(testDb, await actorFor(DEMO_USERS.contosoOwner), input, noDesk)).rejects.toMatchObject({ code: "invalid_input" });
    expect(await testDb.ticket.count()).toBe(0);
  });

  it("refuses staff diagnostics without environment access, and shows the refusal to the customer", async () => {
    const { ticket, cluster } = await open({ environmentAccess: false });
    const support = await actorFor(DEMO_USERS.support);
    await expect(viewClusterDiagnostics(testDb, support, { clusterId: cluster.id, ticket: ticket.number })).rejects.toMatchObject({ code: "forbidden" });
    expect(await testDb.auditEvent.count({ where: { action: "staff.view-diagnostics" } })).toBe(0);
    const contoso = await orgBySlug("contoso");
    const refused = await testDb.auditEvent.findMany({ where: { action: "staff.view-diagnostics.refused" } });
    expect(refused).toEqual([expect.objectContaining({ orgId: contoso.id, outcome: "DENIED", actorKind: "STAFF", targetId: cluster.id, purpose: `ticket #${ticket.number}` })]);
  });

  it("allows staff diagnostics with environment access", async () => {
    const { ticket, cluster } = await open({ environmentAccess: true });
    const support = await actorFor(DEMO_USERS.support);
    await expect(viewClusterDiagnostics(testDb, support, { clusterId: cluster.id, ticket: ticket.number })).resolves.toMatchObject({ cluster: { id: cluster.id } });
  });
});
