import "server-only";
import { z } from "zod";
import { escapeLike, zSearch } from "@/lib/text";
import type { ActorKind, AuditOutcome, Prisma } from "@/generated/prisma/client";
import { startOfDayInZone } from "@/lib/format";
import { can, visibleClusterStatuses, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { AppError } from "../errors";
import { cappedCount } from "./capped-count";
import { isKnownAction, SIGN_IN_ACTIONS } from "@/lib/audit-actions";

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.");

export const ZActivityQuery = z.object({
  q: zSearch.optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
  sort: z.enum(["newest", "oldest"]).default("newest"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  targetId: z.string().uuid().optional(),
  /** One action code; only codes the portal labels (it records no others). */
  action: z.string().max(100).refine(isKnownAction, "Choose an action from the list.").optional(),
  /** The user who acted. */
  actor: z.string().uuid().optional(),
  /** Sign-ins and sign-outs are hidden unless asked for (or filtered on). */
  signIns: z.boolean().default(false),
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
  /** The ticket's number when the target is a ticket of this organisation. */
  targetNumber: number | null;
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
  const where = await activityWhere(db, actor, orgId, query);

  const [rows, counted] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: query.sort === "oldest" ? "asc" : "desc" }, { id: query.sort === "oldest" ? "asc" : "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: ROW_SELECT,
    }),
    // Counting hundreds of thousands of events costs more than the page itself: count up to a cap,
    // in the order of the (org_id, at) index so PostgreSQL walks that index, not the primary key.
    cappedCount(`audit ${JSON.stringify(where)}`, (limit) => db.auditEvent.count({ where, orderBy: [{ at: "desc" }], take: limit })),
  ]);

  const items = await toItems(db, orgId, rows);
  return { items, total: counted.total, totalCapped: counted.capped, query };
}

/** The filter of one organisation's activity as the actor may see it (shared by the page and the CSV export). */
async function activityWhere(db: DbOrTx, actor: Actor, orgId: string, query: ActivityQuery): Promise<Prisma.AuditEventWhereInput> {

  const from = query.from ? startOfDayInZone(query.from, actor.timeZone) : null;
  const toDayStart = query.to ? startOfDayInZone(query.to, actor.timeZone) : null;
  // The end of the "to" day is the start of the next day in the same zone.
  const to = toDayStart && query.to ? startOfDayInZone(nextDay(query.to), actor.timeZone) : null;

  const keyword = query.q ? { contains: escapeLike(query.q), mode: "insensitive" as const } : null;
  // A member sees nothing of a cluster that is not initialized, in the activity log neither.
  const statuses = visibleClusterStatuses(actor, orgId);
  const hidden = statuses === "all" ? [] : (await db.cluster.findMany({ where: { orgId, status: { notIn: statuses } }, select: { id: true }, take: 1000 })).map((cluster) => cluster.id);
  return {
    AND: [
      { orgId },
      hidden.length ? { OR: [{ targetType: null }, { targetType: { not: "cluster" } }, { targetId: null }, { targetId: { notIn: hidden } }] } : {},
      query.targetId ? { targetId: query.targetId } : {},
      query.action ? { action: query.action } : query.signIns ? {} : { action: { notIn: [...SIGN_IN_ACTIONS] } },
      query.actor ? { actorId: query.actor } : {},
      keyword ? { OR: [{ action: keyword }, { actorEmail: keyword }, { targetType: keyword }, { targetId: keyword }, { purpose: keyword }] } : {},
      from ? { at: { gte: from } } : {},
      to ? { at: { lt: to } } : {},
    ],
  };
}

const ROW_SELECT = { id: true, at: true, actorId: true, actorEmail: true, actorKind: true, action: true, targetType: true, targetId: true, outcome: true, purpose: true } as const;
type Row = Prisma.AuditEventGetPayload<{ select: typeof ROW_SELECT }>;

/** Readable names for targets and actors, limited to this organisation's own records. */
async function toItems(db: DbOrTx, orgId: string, rows: Row[]): Promise<ActivityItem[]> {
  const ids = (type: string) => [...new Set(rows.filter((row) => row.targetType === type && row.targetId).map((row) => row.targetId as string))].filter(isUuid);
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => Boolean(id)))];
  const { names, userNames, ticketNumbers } = await activityNames(db, orgId, { clusterIds: ids("cluster"), environmentIds: ids("environment"), userIds: ids("user"), ticketIds: ids("ticket"), actorIds });
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.at,
    actorEmail: row.actorEmail,
    actorName: row.actorId ? (userNames.get(row.actorId) ?? null) : null,
    actorKind: row.actorKind,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: row.targetId ? (names.get(row.targetId) ?? null) : null,
    targetNumber: row.targetType === "ticket" && row.targetId ? (ticketNumbers.get(row.targetId) ?? null) : null,
    outcome: row.outcome,
    purpose: row.purpose,
  }));
}

const ZNameRow = z.object({ kind: z.enum(["target", "actor", "ticket"]), id: z.string(), name: z.string() });

/**
 * The names behind a page of events in one statement (not one per kind of target): clusters and
 * environments of this organisation, actors, and target users who belong to this organisation
 * (others stay an id).
 */
async function activityNames(db: DbOrTx, orgId: string, ids: { clusterIds: string[]; environmentIds: string[]; userIds: string[]; ticketIds: string[]; actorIds: string[] }) {
  const names = new Map<string, string>();
  const userNames = new Map<string, string>();
  const ticketNumbers = new Map<string, number>();
  if (!ids.clusterIds.length && !ids.environmentIds.length && !ids.userIds.length && !ids.ticketIds.length && !ids.actorIds.length) return { names, userNames, ticketNumbers };
  const rows = await db.$queryRaw<unknown[]>`
    SELECT 'target' AS kind, c.id::text AS id, c.name FROM clusters c WHERE c.org_id = ${orgId}::uuid AND c.id = ANY(${ids.clusterIds}::uuid[])
    UNION ALL
    SELECT 'target', e.id::text, e.name FROM environments e WHERE e.org_id = ${orgId}::uuid AND e.id = ANY(${ids.environmentIds}::uuid[])
    UNION ALL
    SELECT 'target', u.id::text, u.name FROM users u
      WHERE u.id = ANY(${ids.userIds}::uuid[]) AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.org_id = ${orgId}::uuid)
    UNION ALL
    SELECT 'ticket', t.id::text, t.number::text FROM tickets t WHERE t.org_id = ${orgId}::uuid AND t.id = ANY(${ids.ticketIds}::uuid[])
    UNION ALL
    SELECT 'actor', u.id::text, u.name FROM users u WHERE u.id = ANY(${ids.actorIds}::uuid[])`;
  for (const row of z.array(ZNameRow).parse(rows)) {
    if (row.kind === "ticket") ticketNumbers.set(row.id, Number(row.name));
    else (row.kind === "actor" ? userNames : names).set(row.id, row.name);
  }
  return { names, userNames, ticketNumbers };
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function nextDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The people of the organisation, for the "who" filter (bounded; staff and system are not listed). */
export async function listActivityActors(db: DbOrTx, actor: Actor, orgId: string) {
  if (!can(actor, "read:activity", orgId)) throw new AppError("forbidden", "You do not have permission to do this.");
  const memberships = await db.membership.findMany({ where: { orgId }, orderBy: { user: { name: "asc" } }, take: 200, select: { user: { select: { id: true, name: true, email: true } } } });
  return memberships.map((membership) => membership.user);
}

/** The most events one export holds; narrower filters give the rest. */
export const MAX_EXPORT_EVENTS = 10_000;
const EXPORT_BATCH = 500;

/**
 * The activity matching a filter for an export, batch by batch (keyset on the id within the
 * order), at most MAX_EXPORT_EVENTS; same rights and visibility as the page.
 */
export async function* exportOrgActivity(db: DbOrTx, actor: Actor, orgId: string, input: unknown): AsyncGenerator<ActivityItem[]> {
  if (!can(actor, "read:activity", orgId)) throw new AppError("forbidden", "You do not have permission to do this.");
  const parsed = ZActivityQuery.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", "The activity filter is not valid.");
  const query = parsed.data;
  const where = await activityWhere(db, actor, orgId, query);
  const direction = query.sort === "oldest" ? "asc" : "desc";
  let cursor: bigint | null = null;
  for (let sent = 0; sent < MAX_EXPORT_EVENTS; ) {
    const rows: Row[] = await db.auditEvent.findMany({
      where,
      orderBy: [{ at: direction }, { id: direction }],
      take: Math.min(EXPORT_BATCH, MAX_EXPORT_EVENTS - sent),
      ...(cursor !== null ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: ROW_SELECT,
    });
    if (!rows.length) return;
    yield await toItems(db, orgId, rows);
    sent += rows.length;
    cursor = rows[rows.length - 1].id;
    if (rows.length < EXPORT_BATCH) return;
  }
}
