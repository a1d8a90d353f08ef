import "server-only";
import { z } from "zod";
import { escapeLike, zSearch } from "@/lib/text";
import type { ActorKind, AuditOutcome, Prisma } from "@/generated/prisma/client";
import { startOfDayInZone } from "@/lib/format";
import { can, visibleClusterStatuses, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { AppError } from "../errors";

/** Beyond this many matching events the activity log says "10,000+" instead of counting them all. */
export const ACTIVITY_COUNT_CAP = 10_000;

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.");

export const ZActivityQuery = z.object({
  q: zSearch.optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
  sort: z.enum(["newest", "oldest"]).default("newest"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  targetId: z.string().uuid().optional(),
});
export type ActivityQuery = z.infer<typeof ZActivityQuery>;

export interface ActivityItem {
  id: string;
  at: Date;
  actorEmail: string | null;
  actorName: string | null;
  actorKind: ActorKind;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  outcome: AuditOutcome;
  purpose: string | null;
}

/**
 * The activity log of one organisation, for a member of it (read:activity); nobody else gets
 * anything. Dates are calendar days in the viewer's time zone, `to` inclusive.
 */
export async function listOrgActivity(db: DbOrTx, actor: Actor, orgId: string, input: unknown) {
  if (!can(actor, "read:activity", orgId)) throw new AppError("forbidden", "You do not have permission to do this.");
  const parsed = ZActivityQuery.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", "The activity filter is not valid.");
  const query = parsed.data;

  const from = query.from ? startOfDayInZone(query.from, actor.timeZone) : null;
  const toDayStart = query.to ? startOfDayInZone(query.to, actor.timeZone) : null;
  // The end of the "to" day is the start of the next day in the same zone.
  const to = toDayStart && query.to ? startOfDayInZone(nextDay(query.to), actor.timeZone) : null;

  const keyword = query.q ? { contains: escapeLike(query.q), mode: "insensitive" as const } : null;
  // A member sees nothing of a cluster that is not initialized, in the activity log neither.
  const statuses = visibleClusterStatuses(actor, orgId);
  const hidden = statuses === "all" ? [] : (await db.cluster.findMany({ where: { orgId, status: { notIn: statuses } }, select: { id: true }, take: 1000 })).map((cluster) => cluster.id);
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      { orgId },
      hidden.length ? { OR: [{ targetType: null }, { targetType: { not: "cluster" } }, { targetId: null }, { targetId: { notIn: hidden } }] } : {},
      query.targetId ? { targetId: query.targetId } : {},
      keyword ? { OR: [{ action: keyword }, { actorEmail: keyword }, { targetType: keyword }, { targetId: keyword }, { purpose: keyword }] } : {},
      from ? { at: { gte: from } } : {},
      to ? { at: { lt: to } } : {},
    ],
  };

  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: query.sort === "oldest" ? "asc" : "desc" }, { id: query.sort === "oldest" ? "asc" : "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: { id: true, at: true, actorId: true, actorEmail: true, actorKind: true, action: true, targetType: true, targetId: true, outcome: true, purpose: true },
    }),
    // Counting hundreds of thousands of events costs more than the page itself: count up to a cap,
    // in the order of the (org_id, at) index so PostgreSQL walks that index, not the primary key.
    countOnce(JSON.stringify(where), () => db.auditEvent.count({ where, orderBy: [{ at: "desc" }], take: ACTIVITY_COUNT_CAP + 1 })),
  ]);

  // Readable names for targets and actors, limited to this organisation's own records.
  const ids = (type: string) => [...new Set(rows.filter((row) => row.targetType === type && row.targetId).map((row) => row.targetId as string))].filter(isUuid);
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => Boolean(id)))];
  const targetUserIds = ids("user");
  const [clusters, environments, users, targetUsers] = await Promise.all([
    ids("cluster").length ? db.cluster.findMany({ where: { orgId, id: { in: ids("cluster") } }, select: { id: true, name: true } }) : [],
    ids("environment").length ? db.environment.findMany({ where: { orgId, id: { in: ids("environment") } }, select: { id: true, name: true } }) : [],
    actorIds.length ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [],
    // Only users who belong to this organisation get a name; others stay an id.
    targetUserIds.length
      ? db.user.findMany({ where: { id: { in: targetUserIds }, memberships: { some: { orgId } } }, select: { id: true, name: true } })
      : [],
  ]);
  const names = new Map<string, string>([...clusters, ...environments, ...targetUsers].map((item) => [item.id, item.name]));
  const userNames = new Map(users.map((user) => [user.id, user.name]));

  const items: ActivityItem[] = rows.map((row) => ({
    id: row.id.toString(),
    at: row.at,
    actorEmail: row.actorEmail,
    actorName: row.actorId ? (userNames.get(row.actorId) ?? null) : null,
    actorKind: row.actorKind,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: row.targetId ? (names.get(row.targetId) ?? null) : null,
    outcome: row.outcome,
    purpose: row.purpose,
  }));
  return { items, total: Math.min(total, ACTIVITY_COUNT_CAP), totalCapped: total > ACTIVITY_COUNT_CAP, query };
}

// The capped count walks up to 10,001 index entries on every page view of a busy organisation.
// Once a filter's count reached the cap it is reused for a minute: new events do not change
// "10,000+". Below the cap it is counted every time (exact). The key is the whole filter, the
// organisation and the viewer's hidden clusters included, so nobody gets a count of rows they may not see.
const CAPPED_COUNT_TTL_MS = 60_000;
const cappedCounts = new Map<string, number>();

async function countOnce(key: string, count: () => Promise<number>): Promise<number> {
  const until = cappedCounts.get(key);
  if (until !== undefined && until > Date.now()) return ACTIVITY_COUNT_CAP + 1;
  const value = await count();
  if (value > ACTIVITY_COUNT_CAP) {
    if (cappedCounts.size >= 1_000) cappedCounts.clear();
    cappedCounts.set(key, Date.now() + CAPPED_COUNT_TTL_MS);
  }
  return value;
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function nextDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
