import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { recordAudit } from "@/server/audit/record";
import { findTicketForActor, listTickets, ZTicketListQuery } from "@/server/store/tickets";
import { listOrgActivity } from "@/server/store/ui-activity";
import { actorFor, clusterByName, resetWithDemo, testDb } from "./db";

// A member sees nothing of a cluster that is not initialized: not through its tickets, their logs,
// or the activity log (the cluster list and pages already hide it).

describe("what a member sees of clusters that are not initialized", () => {
  let failedTicket: { id: string; number: number };
  let prodTicket: { id: string; number: number };

  beforeAll(async () => {
    await resetWithDemo();
    const failed = await clusterByName("contoso-analytics");
    const prod = await clusterByName("contoso-prod");
    const open = (clusterId: string, subject: string) =>
      testDb.ticket.create({ data: { orgId: failed.orgId, clusterId, subject, description: "Opened by the portal.", severity: "HIGH", createdBySystem: true, logs: [{ message: "quota exceeded in westeurope" }] } });
    failedTicket = await open(failed.id, "Initialization of contoso-analytics failed");
    prodTicket = await open(prod.id, "Slow pages on contoso-prod");
    await recordAudit(testDb, { orgId: failed.orgId, actorKind: "SYSTEM", action: "cluster.initialize.finished", targetType: "cluster", targetId: failed.id, outcome: "FAILURE" });
    await recordAudit(testDb, { orgId: failed.orgId, actorKind: "SYSTEM", action: "cluster.refresh-status", targetType: "cluster", targetId: prod.id, outcome: "SUCCESS" });
  });

  it("a member lists only tickets of clusters they can see, and the other is not found by id or number", async () => {
    const member = await actorFor(DEMO_USERS.contosoMember);
    const page = await listTickets(testDb, member, ZTicketListQuery.parse({}));
    const ids = page.items.map((ticket: { id: string }) => ticket.id);
    expect(ids).toContain(prodTicket.id);
    expect(ids).not.toContain(failedTicket.id);
    await expect(findTicketForActor(testDb, member, failedTicket.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(findTicketForActor(testDb, member, String(failedTicket.number))).rejects.toMatchObject({ code: "not_found" });
  });

  it("a manager still sees both", async () => {
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const ids = (await listTickets(testDb, manager, ZTicketListQuery.parse({}))).items.map((ticket: { id: string }) => ticket.id);
    expect(ids).toEqual(expect.arrayContaining([prodTicket.id, failedTicket.id]));
  });

  it("the activity log leaves out a hidden cluster's events for a member, not for a manager", async () => {
    const failed = await clusterByName("contoso-analytics");
    const member = await actorFor(DEMO_USERS.contosoMember);
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const targets = async (actor: typeof member) => (await listOrgActivity(testDb, actor, failed.orgId, { pageSize: 100 })).items.map((row: { targetId: string | null }) => row.targetId);
    const seenByMember = await targets(member);
    expect(seenByMember).not.toContain(failed.id);
    expect(seenByMember).toContain((await clusterByName("contoso-prod")).id);
    expect(await targets(manager)).toContain(failed.id);
  });
});
