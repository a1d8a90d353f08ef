import "server-only";
import { z } from "zod";
import type { Prisma, TicketSeverity, TicketStatus } from "@/generated/prisma/client";
import { TicketSeverity as SeverityValues, TicketStatus as StatusValues } from "@/generated/prisma/enums";
import { can, canStaff, visibleClusterStatuses, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { AppError, notFound } from "../errors";
import { cappedCount } from "./capped-count";
import { isBreached, slaState } from "@/lib/sla";
import { STATUS_LABEL } from "@/lib/ticket-status";

const ZStatus = z.enum(Object.values(StatusValues) as [TicketStatus, ...TicketStatus[]]);
const ZSeverity = z.enum(Object.values(SeverityValues) as [TicketSeverity, ...TicketSeverity[]]);
const ZBool = z.preprocess((value) => (value === "true" || value === "1" ? true : value === "false" || value === "0" || value === "" ? false : value), z.boolean());

export const ZTicketListQuery = z.object({
  orgId: z.string().uuid().optional(),
  clusterId: z.string().uuid().optional(),
  status: ZStatus.optional(),
  severity: ZSeverity.optional(),
  breached: ZBool.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TicketListQuery = z.infer<typeof ZTicketListQuery>;

export function isStaffViewer(actor: Actor): boolean {
  return canStaff(actor, "work:ticket-queue");
}

/** The tickets a customer may see: every ticket of their organisations (not only their own). */
/**
 * The tickets an actor may see: those of their organisations, and for a member only tickets of
 * clusters they can see (nothing of a cluster that is not initialized, PRODUCT.md "Who uses it").
 */
export function ticketScope(actor: Actor, orgId?: string): Prisma.TicketWhereInput {
  const orgs = actor.memberships.filter((membership) => (!orgId || membership.orgId === orgId) && can(actor, "read:tickets", membership.orgId)).map((membership) => membership.orgId);
  if (orgs.length === 0) return { id: { in: [] } };
  return {
    OR: orgs.map((id) => {
      const statuses = visibleClusterStatuses(actor, id);
      return statuses === "all" ? { orgId: id } : { orgId: id, OR: [{ clusterId: null }, { cluster: { status: { in: statuses } } }] };
    }),
  };
}

function breachWhere(now: Date): Prisma.TicketWhereInput {
  return {
    OR: [
      { breachedAt: { not: null } },
      { firstRespondedAt: null, firstResponseDueAt: { lt: now } },
    ],
  };
}

const listSelect = {
  id: true,
  number: true,
  orgId: true,
  subject: true,
  severity: true,
  status: true,
  createdBySystem: true,
  firstResponseDueAt: true,
  firstRespondedAt: true,
  breachedAt: true,
  lastActivityAt: true,
  createdAt: true,
  org: { select: { name: true } },
  cluster: { select: { id: true, name: true } },
  createdBy: { select: { name: true } },
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.TicketSelect;

type ListRow = Prisma.TicketGetPayload<{ select: typeof listSelect }>;

/** The fields a ticket shows the same way in lists and on its own page. */
function ticketBasics<T extends ListRow | Prisma.TicketGetPayload<{ include: typeof detailInclude }>>(row: T, now: Date) {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    severity: row.severity,
    status: row.status,
    statusLabel: STATUS_LABEL[row.status],
    creator: row.createdBy?.name ?? (row.createdBySystem ? "System" : "—"),
    createdBySystem: row.createdBySystem,
    cluster: row.cluster as T["cluster"],
    assignee: row.assignee as T["assignee"],
    firstResponseDueAt: row.firstResponseDueAt?.toISOString() ?? null,
    firstRespondedAt: row.firstRespondedAt?.toISOString() ?? null,
    breached: isBreached(row, now),
    lastActivityAt: row.lastActivityAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

export function ticketListItem(row: ListRow, now: Date) {
  return {
    ...ticketBasics(row, now),
    orgId: row.orgId,
    orgName: row.org.name,
  };
}

/** Customers' lists: newest activity first. */
const CUSTOMER_ORDER: Prisma.TicketOrderByWithRelationInput[] = [{ lastActivityAt: "desc" }, { number: "desc" }];

async function page(db: DbOrTx, where: Prisma.TicketWhereInput, orderBy: Prisma.TicketOrderByWithRelationInput[], query: TicketListQuery, now: Date) {
  const [rows, total] = await Promise.all([
    db.ticket.findMany({ where, select: listSelect, orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    db.ticket.count({ where }),
  ]);
  return { items: rows.map((row) => ticketListItem(row, now)), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The Support Center page's list: the organisation's tickets like listTickets, with the total
 * counted only up to LIST_COUNT_CAP ("10,000+", server/store/capped-count.ts). Counting an
 * organisation's tens of thousands of tickets exactly cost PostgreSQL more than the rest of the page.
 */
export async function listTicketsPage(db: DbOrTx, actor: Actor, query: TicketListQuery, now = new Date()) {
  const where: Prisma.TicketWhereInput = { AND: [ticketScope(actor, query.orgId), ...filters(query, now)] };
  const [rows, counted] = await Promise.all([
    db.ticket.findMany({ where, select: listSelect, orderBy: CUSTOMER_ORDER, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    // In the order of the (org_id, last_activity_at) index, so PostgreSQL stops after the cap.
    cappedCount(`tickets ${JSON.stringify(where)}`, (limit) => db.ticket.count({ where, orderBy: [{ lastActivityAt: "desc" }], take: limit })),
  ]);
  return { items: rows.map((row) => ticketListItem(row, now)), total: counted.total, totalCapped: counted.capped, page: query.page, pageSize: query.pageSize };
}

function filters(query: TicketListQuery, now: Date): Prisma.TicketWhereInput[] {
  return [
    query.clusterId ? { clusterId: query.clusterId } : {},
    query.status ? { status: query.status } : {},
    query.severity ? { severity: query.severity } : {},
    query.breached ? breachWhere(now) : {},
  ];
}

/** The organisation's tickets for a customer, newest activity first. */
export async function listTickets(db: DbOrTx, actor: Actor, query: TicketListQuery, now = new Date()) {
  const where: Prisma.TicketWhereInput = { AND: [ticketScope(actor, query.orgId), ...filters(query, now)] };
  return page(db, where, CUSTOMER_ORDER, query, now);
}

/** The staff queue across all organisations, by first-response due time (no due time last). */
export async function listQueue(db: DbOrTx, actor: Actor, query: TicketListQuery, now = new Date()) {
  if (!isStaffViewer(actor)) throw new AppError("forbidden", "You do not have permission to do this.");
  const where: Prisma.TicketWhereInput = { AND: [query.orgId ? { orgId: query.orgId } : {}, ...filters(query, now)] };
  return page(db, where, [{ firstResponseDueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }], query, now);
}

const ZRef = z.union([z.string().uuid(), z.string().regex(/^\d{1,9}$/).transform(Number)]);

/** A ticket by id or number: customers within their organisations, support staff any; else 404. */
export async function findTicketForActor(db: DbOrTx, actor: Actor, ref: string) {
  const parsed = ZRef.safeParse(ref);
  if (!parsed.success) throw notFound("Ticket");
  const key: Prisma.TicketWhereInput = typeof parsed.data === "number" ? { number: parsed.data } : { id: parsed.data };
  const where: Prisma.TicketWhereInput = isStaffViewer(actor) ? key : { AND: [key, ticketScope(actor)] };
  const ticket = await db.ticket.findFirst({ where });
  if (!ticket) throw notFound("Ticket");
  return ticket;
}

const detailInclude = {
  org: { select: { id: true, name: true } },
  cluster: { select: { id: true, name: true, status: true } },
  environment: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true, email: true } },
  assignee: { select: { id: true, name: true } },
  comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { author: { select: { name: true } } } },
  attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, contentType: true, size: true, commentId: true, createdAt: true } },
} satisfies Prisma.TicketInclude;

/**
 * The ticket page's data for one viewer. Internal notes never leave this function for a
 * customer; the external desk link is for the ticket's creator only.
 */
export async function getTicketView(db: DbOrTx, actor: Actor, ref: string, now = new Date()) {
  const found = await findTicketForActor(db, actor, ref);
  const ticket = await db.ticket.findUniqueOrThrow({ where: { id: found.id }, include: detailInclude });
  const staff = isStaffViewer(actor);
  const comments = ticket.comments.filter((comment) => staff || !comment.internal);
  return {
    ...ticketBasics(ticket, now),
    org: ticket.org,
    environment: ticket.environment,
    description: ticket.description,
    sla: slaState(ticket, now),
    solvedAt: ticket.solvedAt?.toISOString() ?? null,
    closedAt: ticket.closedAt?.toISOString() ?? null,
    externalUrl: ticket.createdById && ticket.createdById === actor.userId ? ticket.externalUrl : null,
    logs: ticket.logs,
    shareLogs: ticket.shareLogs,
    environmentAccess: ticket.environmentAccess,
    comments: comments.map((comment) => ({
      id: comment.id,
      authorKind: comment.authorKind,
      author: comment.author?.name ?? (comment.authorKind === "STAFF" ? "Support" : comment.authorKind === "SYSTEM" ? "System" : "Customer"),
      body: comment.body,
      internal: comment.internal,
      createdAt: comment.createdAt.toISOString(),
    })),
    attachments: ticket.attachments
      .filter((attachment) => staff || !attachment.commentId || comments.some((comment) => comment.id === attachment.commentId))
      .map((attachment) => ({ ...attachment, createdAt: attachment.createdAt.toISOString() })),
    viewer: { staff, isCreator: ticket.createdById === actor.userId, isAssignee: ticket.assigneeId !== null && ticket.assigneeId === actor.userId },
  };
}
export type TicketView = Awaited<ReturnType<typeof getTicketView>>;

/** An attachment's bytes, for whoever may see its ticket. */
export async function getAttachment(db: DbOrTx, actor: Actor, ref: string, attachmentId: string) {
  const ticket = await findTicketForActor(db, actor, ref);
  if (!z.string().uuid().safeParse(attachmentId).success) throw notFound("Attachment");
  const attachment = await db.ticketAttachment.findFirst({ where: { id: attachmentId, ticketId: ticket.id }, include: { comment: { select: { internal: true } } } });
  if (!attachment || (attachment.comment?.internal && !isStaffViewer(actor))) throw notFound("Attachment");
  return attachment;
}
