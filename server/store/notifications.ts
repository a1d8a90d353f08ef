import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";

export const ZMarkRead = z.object({ ids: z.array(z.string().uuid()).max(200).optional() });

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

/** Creates one notification per recipient (deduplicated, the acting user excluded). */
export async function notifyUsers(db: DbOrTx, input: { userIds: string[]; exceptUserId?: string | null; ticketId?: string | null; kind: string; message: string }) {
  const recipients = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (recipients.length === 0) return 0;
  await db.notification.createMany({ data: recipients.map((userId) => ({ userId, ticketId: input.ticketId ?? null, kind: input.kind, message: input.message })) });
  return recipients.length;
}
