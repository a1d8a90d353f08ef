import "server-only";
import { z } from "zod";
import { OFFBOARD_GRACE_DAYS } from "@/lib/offboarding";
import { assertStaff, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";

export const ZOffboardedQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });

const PAGE_SIZE = 25;

/** Off-boarded clusters still inside the grace period, newest first (platform admins). */
export async function listRevivableClusters(db: DbOrTx, actor: Actor, query: z.infer<typeof ZOffboardedQuery>, now = new Date()) {
  assertStaff(actor, "revive:cluster");
  const where = { status: "OFFBOARDED" as const, offboardedAt: { gte: new Date(now.getTime() - OFFBOARD_GRACE_DAYS * 86_400_000) } };
  const [items, total] = await Promise.all([
    db.cluster.findMany({
      where,
      select: { id: true, name: true, region: true, offboardedAt: true, managedResourceGroup: true, org: { select: { name: true } } },
      orderBy: [{ offboardedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.cluster.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: PAGE_SIZE };
}
