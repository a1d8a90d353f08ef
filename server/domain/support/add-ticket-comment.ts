import "server-only";
import { ZTicketComment } from "@/lib/support-schemas";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { findTicketForActor, isStaffViewer } from "../../store/tickets";
import { pushComment, pushStatus, tryPush } from "../../support/desk-sync";
import { notifyTicketCustomers } from "./notify-ticket";
import { parseInput } from "../../validate";
import { staffMayComment, STATUS_LABEL, statusAfterCustomerReply } from "@/lib/ticket-status";
import { resolveDeps, type SupportDeps } from "./support-deps";

/**
 * A reply on a ticket. Customers: a reply to a ticket awaiting it (or a solved one) moves it back
 * to Open. Staff: a public reply is the first response for the SLA and notifies the customer;
 * an internal note is for staff only and notifies nobody.
 */
export async function addTicketComment(db: Db, actor: Actor, ref: string, rawInput: unknown, deps?: SupportDeps) {
  // Who may see the ticket comes first: another organisation's ticket is not found, whatever the body.
  const ticket = await findTicketForActor(db, actor, ref);
  const input = parseInput(ZTicketComment, rawInput);
  const { now, desk } = resolveDeps(deps);
  const staff = isStaffViewer(actor);
  if (!staff) assertCan(actor, "comment:ticket", ticket.orgId);
  if (input.internal && !staff) throw new AppError("invalid_input", "The request is not valid.", { internal: ["Only support staff can write internal notes."] });

  let nextStatus = ticket.status;
  if (staff) {
    if (!staffMayComment(ticket.status)) throw new AppError("conflict", "This ticket is closed.");
  } else {
    const after = statusAfterCustomerReply(ticket.status);
    if (!after) throw new AppError("conflict", "This ticket is closed. Open a new ticket if you still need help.");
    nextStatus = after;
  }

  const comment = await db.$transaction(async (tx) => {
    const created = await tx.ticketComment.create({
      data: { ticketId: ticket.id, authorId: actor.userId, authorKind: staff ? "STAFF" : "CUSTOMER", body: input.body, internal: input.internal, createdAt: now },
    });
    const firstResponse = staff && !input.internal && !ticket.firstRespondedAt;
    await tx.ticket.update({
      where: { id: ticket.id },
      data: {
        lastActivityAt: now,
        ...(nextStatus !== ticket.status ? { status: nextStatus, solvedAt: null } : {}),
        ...(firstResponse ? { firstRespondedAt: now } : {}),
      },
    });
    await recordAudit(tx, {
      orgId: ticket.orgId,
      actor,
      action: input.internal ? "ticket.internal-note" : "ticket.comment",
      targetType: "ticket",
      targetId: ticket.id,
      ...(nextStatus !== ticket.status ? { before: { status: ticket.status }, after: { status: nextStatus } } : {}),
    });
    if (staff && !input.internal) {
      await notifyTicketCustomers(tx, ticket.id, "ticket.reply", `Support replied to ticket #${ticket.number}: ${ticket.subject}`, actor.userId);
    }
    return created;
  });
  if (desk && !input.internal && ticket.externalId) {
    await tryPush(`comment on #${ticket.number}`, () => pushComment(db, desk, comment.id));
    if (nextStatus !== ticket.status) await tryPush(`status of #${ticket.number}`, () => pushStatus(db, desk, ticket.id));
  }
  return { comment, status: nextStatus, statusLabel: STATUS_LABEL[nextStatus] };
}
