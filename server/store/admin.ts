import "server-only";
import { z } from "zod";
import { assertStaff, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";

// What platform admins see of the whole service: organisations with their size, provider staff,
// and the provider's security log (refusals and failed sign-ins that belong to no organisation).

export async function listOrganizationsForAdmin(db: DbOrTx, actor: Actor) {
  assertStaff(actor, "manage:users");
  const [orgs, clusterCounts] = await Promise.all([
    db.organization.findMany({
      orderBy: { name: "asc" },
      take: 500,
      select: {
        id: true,
        name: true,
        plan: true,
        trialEndsAt: true,
        cloudTokens: true,
        createdAt: true,
        _count: { select: { memberships: true, environments: true } },
      },
    }),
    db.cluster.groupBy({ by: ["orgId", "status"], _count: { _all: true } }),
  ]);
  return orgs.map((org) => ({
    ...org,
    clustersByStatus: Object.fromEntries(clusterCounts.filter((row) => row.orgId === org.id).map((row) => [row.status, row._count._all])),
  }));
}

/** Organisation names for the support queue's filter. */
export async function listOrganizationNames(db: DbOrTx, actor: Actor) {
  assertStaff(actor, "work:ticket-queue");
  return db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 });
}

export async function listStaff(db: DbOrTx, actor: Actor) {
  assertStaff(actor, "manage:users");
  return db.user.findMany({
    where: { staffRole: { not: null } },
    orderBy: { email: "asc" },
    select: { id: true, name: true, email: true, staffRole: true, lastSignInAt: true, disabledAt: true },
  });
}

export const ZSecurityLogQuery = z.object({
  page: z.coerce.number().int().min(1).max(1000).catch(1),
  outcome: z.enum(["DENIED", "FAILURE"]).optional().catch(undefined),
});

export async function listSecurityEvents(db: DbOrTx, actor: Actor, query: z.infer<typeof ZSecurityLogQuery>, pageSize = 25) {
  assertStaff(actor, "manage:users");
  const where = { orgId: null, outcome: query.outcome ? query.outcome : { in: ["DENIED" as const, "FAILURE" as const] } };
  const [items, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (query.page - 1) * pageSize, take: pageSize }),
    db.auditEvent.count({ where, orderBy: [{ at: "desc" }], take: 10_001 }),
  ]);
  return { items, total: Math.min(total, 10_000), totalCapped: total > 10_000, pageSize };
}
