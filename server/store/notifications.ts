import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";

/** The body of POST /api/v1/notifications/read: some ids, or none for "mark all read". */
export const ZMarkRead = z.object({ ids: z.array(z.uuid()).min(1).max(200).optional() }).strict();

/** The actor's latest notifications and how many are unread (a user only ever sees their own). */
export async function listNotifications(db: DbOrTx, actor: Actor, take = 20) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.userId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
      select: { id: true, kind: true, message: true, readAt: true, createdAt: true, ticket: { select: { id: true, number: true } } },
    }),
    db.notification.count({ where: { userId: actor.userId, readAt: null } }),
  ]);
  return {
    unread,
    items: items.map((item) => ({
      id: item.id,
      kind: item.kind,
      message: item.message,
      read: item.readAt !== null,
      createdAt: item.createdAt.toISOString(),
      ticketNumber: item.ticket?.number ?? null,
    })),
  };
}

/** Marks the given (or all) of the actor's notifications read; others' ids are ignored. */
export async function markNotificationsRead(db: DbOrTx, actor: Actor, ids?: string[], now = new Date()) {
  const result = await db.notification.updateMany({
    where: { userId: actor.userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: now },
  });
  return { marked: result.count };
}

/**
 * Creates one notification per recipient: each user once, the acting user excluded, and nobody who
 * still has the same news unread (same kind, ticket and text), so a repeated event (a retried job,
 * a second identical change) does not pile up copies.
 */
export async function notifyUsers(db: DbOrTx, input: { userIds: string[]; exceptUserId?: string | null; ticketId?: string | null; kind: string; message: string }) {
  const candidates = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (candidates.length === 0) return 0;
  const pending = await db.notification.findMany({
    where: { userId: { in: candidates }, readAt: null, kind: input.kind, ticketId: input.ticketId ?? null, message: input.message },
    select: { userId: true },
  });
  const already = new Set(pending.map((row) => row.userId));
  const recipients = candidates.filter((id) => !already.has(id));
  if (recipients.length === 0) return 0;
  await db.notification.createMany({ data: recipients.map((userId) => ({ userId, ticketId: input.ticketId ?? null, kind: input.kind, message: input.message })) });
  return recipients.length;
}
