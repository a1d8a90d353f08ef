import "server-only";
import { z } from "zod";
import { assertStaff, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { effectivePolicy } from "./settings-policy";

/** How many clusters and members the admin's page of one organisation lists. */
export const ADMIN_ORG_LIST_LIMIT = 100;

export const ZAdminOrgId = z.uuid();

/**
 * One organisation as a platform admin sees it: its plan and entitlement, its clusters and members
 * (the first ADMIN_ORG_LIST_LIMIT of each, with the totals) and the settings policy that holds for
 * it. Null for an unknown id; anyone but a platform admin is refused.
 */
export async function getOrganizationForAdmin(db: DbOrTx, actor: Actor, orgId: string) {
  assertStaff(actor, "manage:users");
  if (!ZAdminOrgId.safeParse(orgId).success) return null;
  const org = await db.organization.findUnique({
    where: { id: orgId },
    select: { id: true, name: true, plan: true, trialEndsAt: true, cloudTokens: true, createdAt: true },
  });
  if (!org) return null;
  const [clusters, clusterTotal, members, memberTotal, policy] = await Promise.all([
    db.cluster.findMany({
      where: { orgId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: ADMIN_ORG_LIST_LIMIT,
      select: { id: true, name: true, region: true, status: true, _count: { select: { environments: true } } },
    }),
    db.cluster.count({ where: { orgId } }),
    db.membership.findMany({
      where: { orgId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: ADMIN_ORG_LIST_LIMIT,
      select: { id: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
    }),
    db.membership.count({ where: { orgId } }),
    effectivePolicy(db, orgId),
  ]);
  const rules = Object.entries(policy).filter(([, rule]) => rule && rule.mode !== "editable") as [string, { mode: "locked" | "hidden"; reason?: string }][];
  return { org, clusters, clusterTotal, members, memberTotal, rules };
}
