import "server-only";
import type { TicketStatus } from "@/generated/prisma/enums";
import type { DbOrTx } from "../db";
import { log } from "../log";
import { notifyTicketCustomers } from "../domain/support/notify-ticket";
import { canTransition, STATUS_LABEL } from "@/lib/ticket-status";
import type { ExternalComment, ExternalDesk } from "./desk";

/**
 * Mirrors tickets to an external desk. The portal is the record; every push is idempotent and
 * retried by the sync job, so a desk that is down never blocks the portal.
 */
export async function pushTicket(db: DbOrTx, desk: ExternalDesk, ticketId: string): Promise<void> {
  const ticket = await db.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    include: { createdBy: { select: { name: true, email: true } }, org: { select: { name: true, slug: true, memberships: { where: { role: "OWNER" }, take: 1, select: { user: { select: { name: true, email: true } } } } } }, cluster: { select: { name: true } } },
  });
  if (ticket.externalId) return;
  const requester = ticket.createdBy ?? ticket.org.memberships[0]?.user ?? { name: ticket.org.name, email: `support+${ticket.org.slug}@portal.invalid` };
  const created = await desk.createTicket({
    number: ticket.number,
    subject: ticket.subject,
    description: ticket.description,
    severity: ticket.severity,
    requester,
    tags: ["mendix-on-azure", `org-${ticket.org.slug}`, ...(ticket.cluster ? [`cluster-${ticket.cluster.name}`] : []), ...(ticket.createdBySystem ? ["automatic"] : [])],
  });
  // A new desk ticket starts open; the portal's status follows on the next push if it differs.
  await db.ticket.update({ where: { id: ticketId }, data: { externalId: created.externalId, externalUrl: created.externalUrl, externalStatus: "OPEN" } });
  if (ticket.status !== "OPEN") await pushStatus(db, desk, ticketId);
}

export async function pushComment(db: DbOrTx, desk: ExternalDesk, commentId: string): Promise<void> {
  const comment = await db.ticketComment.findUniqueOrThrow({ where: { id: commentId }, include: { ticket: true, author: { select: { name: true, email: true } } } });
  if (comment.internal || comment.externalId || !comment.ticket.externalId) return;
  const { externalCommentId } = await desk.addPublicComment(comment.ticket.externalId, comment.body, comment.author);
  await db.ticketComment.update({ where: { id: commentId }, data: { externalId: externalCommentId ?? `portal-${comment.id}` } });
}

export async function pushStatus(db: DbOrTx, desk: ExternalDesk, ticketId: string): Promise<void> {
  const ticket = await db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
  if (!ticket.externalId || ticket.externalStatus === ticket.status) return;
  await desk.setStatus(ticket.externalId, ticket.status);
  await db.ticket.update({ where: { id: ticketId }, data: { externalStatus: ticket.status } });
}

/** Runs a push and reports failure instead of throwing (the sync job retries). */
export async function tryPush(label: string, push: () => Promise<void>): Promise<boolean> {
  try {
    await push();
    return true;
  } catch (error) {
    log.warn("support desk sync failed; will retry", { step: label, reason: (error as Error).message });
    return false;
  }
}

export interface ExternalUpdate {
  externalId: string;
  status?: TicketStatus | null;
  comments?: ExternalComment[];
}

/**
 * Applies what the external desk says about a ticket: a status the desk changed (three-way: only
 * when it differs from what both last agreed on), and comments the portal does not have yet.
 */
export async function applyExternalUpdate(db: DbOrTx, update: ExternalUpdate, now = new Date()): Promise<{ found: boolean; statusChanged: boolean; commentsAdded: number }> {
  const ticket = await db.ticket.findUnique({ where: { externalId: update.externalId } });
  if (!ticket) return { found: false, statusChanged: false, commentsAdded: 0 };
  let commentsAdded = 0;
  let staffReplied = false;
  for (const comment of update.comments ?? []) {
    if (await db.ticketComment.findUnique({ where: { externalId: comment.externalId } })) continue;
    // The description, or a portal comment whose id has not been recorded yet (echo).
    if (comment.fromRequester && comment.body.trim() === ticket.description.trim()) continue;
    const echo = await db.ticketComment.findFirst({ where: { ticketId: ticket.id, externalId: null, body: comment.body, createdAt: { gte: new Date(now.getTime() - 10 * 60_000) } } });
    if (echo) {
      await db.ticketComment.update({ where: { id: echo.id }, data: { externalId: comment.externalId } });
      continue;
    }
    await db.ticketComment.create({
      data: {
        ticketId: ticket.id,
        authorKind: comment.fromRequester ? "CUSTOMER" : "STAFF",
        body: comment.body,
        internal: !comment.public,
        externalId: comment.externalId,
        createdAt: comment.createdAt,
      },
    });
    commentsAdded++;
    if (!comment.fromRequester && comment.public) staffReplied = true;
  }
  let statusChanged = false;
  const incoming = update.status ?? null;
  if (incoming && incoming !== ticket.externalStatus) {
    if (canTransition("external", ticket.status, incoming)) {
      await db.ticket.update({
        where: { id: ticket.id },
        data: { status: incoming, externalStatus: incoming, solvedAt: incoming === "SOLVED" ? now : null },
      });
      statusChanged = true;
    } else {
      await db.ticket.update({ where: { id: ticket.id }, data: { externalStatus: incoming } });
    }
  }
  if (commentsAdded || statusChanged) {
    await db.ticket.update({
      where: { id: ticket.id },
      data: { lastActivityAt: now, ...(staffReplied && !ticket.firstRespondedAt ? { firstRespondedAt: now } : {}) },
    });
  }
  if (staffReplied) await notifyTicketCustomers(db, ticket.id, "ticket.reply", `Support replied to ticket #${ticket.number}: ${ticket.subject}`);
  if (statusChanged && incoming) await notifyTicketCustomers(db, ticket.id, "ticket.status", `Ticket #${ticket.number} is now ${STATUS_LABEL[incoming]}`);
  return { found: true, statusChanged, commentsAdded };
}

/**
 * One sync round: create missing desk tickets, push unsent public comments and status changes,
 * then read back every active mirrored ticket.
 */
export async function syncWithDesk(db: DbOrTx, desk: ExternalDesk, now = new Date()) {
  const summary = { created: 0, commentsPushed: 0, statusesPushed: 0, pulled: 0, failures: 0 };
  const unsent = await db.ticket.findMany({ where: { externalId: null, status: { not: "CLOSED" } }, select: { id: true }, take: 50, orderBy: { createdAt: "asc" } });
  const count = (ok: boolean, field: "created" | "commentsPushed" | "statusesPushed") => {
    if (ok) summary[field]++;
    else summary.failures++;
  };
  for (const ticket of unsent) count(await tryPush(`create ${ticket.id}`, () => pushTicket(db, desk, ticket.id)), "created");
  const comments = await db.ticketComment.findMany({
    where: { externalId: null, internal: false, authorKind: { not: "SYSTEM" }, ticket: { externalId: { not: null } } },
    select: { id: true },
    take: 100,
    orderBy: { createdAt: "asc" },
  });
  for (const comment of comments) count(await tryPush(`comment ${comment.id}`, () => pushComment(db, desk, comment.id)), "commentsPushed");
  const mirrored = await db.ticket.findMany({ where: { externalId: { not: null }, status: { not: "CLOSED" } }, select: { id: true, externalId: true, status: true, externalStatus: true }, take: 200 });
  for (const ticket of mirrored) {
    if (ticket.status !== ticket.externalStatus) {
      // The portal changed it since the last agreement: the portal's change goes out first.
      count(await tryPush(`status ${ticket.id}`, () => pushStatus(db, desk, ticket.id)), "statusesPushed");
      continue;
    }
    try {
      const state = await desk.fetchTicket(ticket.externalId!);
      await applyExternalUpdate(db, { externalId: ticket.externalId!, status: state.status, comments: state.comments }, now);
      summary.pulled++;
    } catch (error) {
      log.warn("support desk pull failed", { externalId: ticket.externalId, reason: (error as Error).message });
      summary.failures++;
    }
  }
  return summary;
}
