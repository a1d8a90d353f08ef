import { beforeAll, describe, expect, it } from "vitest";
import { activityCsvStream } from "@/features/activity/activity-csv";
import { DEMO_USERS } from "@/prisma/demo-data";
import { recordAudit } from "@/server/audit/record";
import { exportOrgActivity, listOrgActivity, ZActivityQuery } from "@/server/store/ui-activity";
import { actorFor, clusterByName, resetWithDemo, testDb } from "./db";

// The activity log's filters (action, actor, sign-ins) and its CSV export: same rights, same filters,
// never another organisation's events, cells a spreadsheet cannot run.

async function csvOf(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("activity filters and CSV export", () => {
  let ticketNumber = 0;
  beforeAll(async () => {
    await resetWithDemo();
    const prod = await clusterByName("contoso-prod");
    const fabrikam = await clusterByName("fabrikam-main");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const ticket = await testDb.ticket.create({ data: { orgId: prod.orgId, clusterId: prod.id, subject: "Export", description: "For the export.", severity: "LOW", createdById: owner.userId } });
    ticketNumber = ticket.number;
    await recordAudit(testDb, { orgId: prod.orgId, actor: owner, action: "ticket.open", targetType: "ticket", targetId: ticket.id, purpose: "=HYPERLINK(\"http://evil\")" });
    await recordAudit(testDb, { orgId: prod.orgId, actor: manager, action: "cluster.settings.update", targetType: "cluster", targetId: prod.id });
    await recordAudit(testDb, { orgId: prod.orgId, actor: owner, action: "auth.sign-in" });
    await recordAudit(testDb, { orgId: fabrikam.orgId, actor: await actorFor(DEMO_USERS.fabrikamOwner), action: "ticket.open", targetType: "cluster", targetId: fabrikam.id, purpose: "fabrikam secret" });
  });

  it("hides sign-ins unless asked for, and filters by action and by actor", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const orgId = owner.memberships[0].orgId;
    const all = await listOrgActivity(testDb, owner, orgId, { pageSize: 100 });
    expect(all.items.map((item) => item.action)).not.toContain("auth.sign-in");
    const withSignIns = await listOrgActivity(testDb, owner, orgId, { pageSize: 100, signIns: true });
    expect(withSignIns.items.map((item) => item.action)).toContain("auth.sign-in");
    const opened = await listOrgActivity(testDb, owner, orgId, { action: "ticket.open" });
    expect(opened.items).toEqual([expect.objectContaining({ action: "ticket.open", targetNumber: ticketNumber })]);
    const byManager = await listOrgActivity(testDb, owner, orgId, { actor: manager.userId, pageSize: 100 });
    expect(byManager.items.map((item) => item.action)).toEqual(["cluster.settings.update"]);
  });

  it("refuses unknown actions and malformed actors (the filter is validated)", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = owner.memberships[0].orgId;
    await expect(listOrgActivity(testDb, owner, orgId, { action: "drop table" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(listOrgActivity(testDb, owner, orgId, { actor: "someone" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(listOrgActivity(testDb, owner, orgId, { action: `ticket.open${"x".repeat(200)}` })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("exports the filtered events as CSV with labels, ticket numbers and neutralised formulas", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = owner.memberships[0].orgId;
    const csv = await csvOf(await activityCsvStream(testDb, owner, orgId, ZActivityQuery.parse({ action: "ticket.open" })));
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("When (UTC),Who,Email,Kind,Action,Action code,Target type,Target,Outcome,Purpose");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`Opened a ticket,ticket.open,ticket,ticket #${ticketNumber},SUCCESS,"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toContain("fabrikam secret");
    const everything = await csvOf(await activityCsvStream(testDb, owner, orgId, ZActivityQuery.parse({})));
    expect(everything).toContain("Changed settings,cluster.settings.update,cluster,contoso-prod");
    expect(everything).not.toContain("auth.sign-in");
    expect(everything).not.toContain("fabrikam secret");
  });

  it("gives another organisation's member and provider staff nothing", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = owner.memberships[0].orgId;
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    await expect(activityCsvStream(testDb, fabrikam, orgId, ZActivityQuery.parse({}))).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportOrgActivity(testDb, await actorFor(DEMO_USERS.support), orgId, {}).next()).rejects.toMatchObject({ code: "forbidden" });
  });

  it("reads large logs in batches, every event once", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = owner.memberships[0].orgId;
    await testDb.auditEvent.createMany({ data: Array.from({ length: 1203 }, (_, i) => ({ orgId, actorKind: "SYSTEM" as const, outcome: "SUCCESS" as const, action: "snapshot.expire", targetType: "snapshot", targetId: `s-${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 7)) })) });
    const seen: string[] = [];
    for await (const batch of exportOrgActivity(testDb, owner, orgId, { action: "snapshot.expire" })) seen.push(...batch.map((item) => item.id));
    expect(seen).toHaveLength(1203);
    expect(new Set(seen).size).toBe(1203);
  });
});
