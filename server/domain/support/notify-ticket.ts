import "server-only";
import type { DbOrTx } from "../../db";
import { notifyUsers } from "../../store/notifications";

/**
 * Tells the customer side about a staff reply or a status change: the ticket's creator, and for
 * automatic tickets (no creator) the organisation's owners.
 */
export async function notifyTicketCustomers(db: DbOrTx, ticketId: string, kind: "ticket.reply" | "ticket.status", message: string, exceptUserId?: string | null) {
  const ticket = await db.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { orgId: true, createdById: true, createdBySystem: true } });
  const userIds: string[] = ticket.createdById ? [ticket.createdById] : [];
  if (ticket.createdBySystem) {
    const owners = await db.membership.findMany({ where: { orgId: ticket.orgId, role: "OWNER" }, select: { userId: true } });
    userIds.push(...owners.map((owner) => owner.userId));
  }
  return notifyUsers(db, { userIds, exceptUserId, ticketId, kind, message });
}
