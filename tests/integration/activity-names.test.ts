import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { recordAudit } from "@/server/audit/record";
import { listTicketsPage, ZTicketListQuery } from "@/server/store/tickets";
import { listOrgActivity } from "@/server/store/ui-activity";
import { actorFor, clusterByName, resetWithDemo, testDb } from "./db";

// The activity log names its targets and actors in one statement: this organisation's clusters,
// environments and members by name; another organisation's records and non-members stay ids.

describe("names in the activity log", () => {
  beforeAll(async () => {
    await resetWithDemo();
  });

  it("names this organisation's cluster, environment, member and actor, and no other organisation's", async () => {
    const prod = await clusterByName("contoso-prod");
    const foreign = await clusterByName("fabrikam-main");
    const environment = await testDb.environment.findFirstOrThrow({ where: { clusterId: prod.id }, orderBy: { name: "asc" } });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const fabrikamOwner = await actorFor(DEMO_USERS.fabrikamOwner);
    const base = { orgId: prod.orgId, actorKind: "USER" as const, actorId: owner.userId, actorEmail: owner.email, outcome: "SUCCESS" as const };
    await recordAudit(testDb, { ...base, action: "names.cluster", targetType: "cluster", targetId: prod.id });
    await recordAudit(testDb, { ...base, action: "names.environment", targetType: "environment", targetId: environment.id });
    await recordAudit(testDb, { ...base, action: "names.member", targetType: "user", targetId: manager.userId });
    await recordAudit(testDb, { ...base, action: "names.stranger", targetType: "user", targetId: fabrikamOwner.userId });
    await recordAudit(testDb, { ...base, action: "names.foreign-cluster", targetType: "cluster", targetId: foreign.id });

    const { items } = await listOrgActivity(testDb, owner, prod.orgId, { q: "names.", pageSize: 100 });
    const byAction = new Map(items.map((item) => [item.action, item]));
    expect(byAction.get("names.cluster")?.targetLabel).toBe(prod.name);
    expect(byAction.get("names.environment")?.targetLabel).toBe(environment.name);
    expect(byAction.get("names.member")?.targetLabel).toBe(manager.name);
    expect(byAction.get("names.stranger")?.targetLabel).toBeNull();
    expect(byAction.get("names.foreign-cluster")?.targetLabel).toBeNull();
    expect(byAction.get("names.cluster")?.actorName).toBe(owner.name);
  });

  it("the Support Center's list counts exactly below the cap and shows only the organisation's tickets", async () => {
    const prod = await clusterByName("contoso-prod");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const fabrikamOwner = await actorFor(DEMO_USERS.fabrikamOwner);
    await testDb.ticket.create({ data: { orgId: prod.orgId, clusterId: prod.id, subject: "Counted", description: "Opened by the portal.", severity: "LOW", createdById: owner.userId } });
    const exact = await testDb.ticket.count({ where: { orgId: prod.orgId } });
    const page = await listTicketsPage(testDb, owner, ZTicketListQuery.parse({ orgId: prod.orgId }));
    expect(page.total).toBe(exact);
    expect(page.totalCapped).toBe(false);
    expect(page.items.map((item) => item.subject)).toContain("Counted");
    const other = await listTicketsPage(testDb, fabrikamOwner, ZTicketListQuery.parse({}));
    expect(other.items.map((item) => item.subject)).not.toContain("Counted");
  });
});
