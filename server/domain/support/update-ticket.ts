import "server-only";
import { ZUpdateTicket } from "@/lib/support-schemas";
import { assertStaff, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { findTicketForActor, isStaffViewer } from "../../store/tickets";
import { pushStatus, tryPush } from "../../support/desk-sync";
import { notifyTicketCustomers } from "./notify-ticket";
import { parseInput } from "../../validate";
import { canTransition, STATUS_LABEL } from "@/lib/ticket-status";
import { resolveDeps, type SupportDeps } from "./support-deps";

/** Staff change a ticket's status and/or take it. Customers never change status this way. */
export async function updateTicket(db: Db, actor: Actor, ref: string, rawInput: unknown, deps?: SupportDeps) {
  const ticket = await findTicketForActor(db, actor, ref);
  if (!isStaffViewer(actor)) throw new AppError("forbidden", "Only support staff can change a ticket's status.");
  assertStaff(actor, "work:ticket-queue");
  const input = parseInput(ZUpdateTicket, rawInput);
  const { now, desk } = resolveDeps(deps);
  const statusChange = input.status !== undefined && input.status !== ticket.status;
  if (statusChange && !canTransition("staff", ticket.status, input.status!)) {
    throw new AppError("invalid_input", "The request is not valid.", {
      status: [`A ticket that is ${STATUS_LABEL[ticket.status]} cannot be set to ${STATUS_LABEL[input.status!]}.`],
    });
  }
  const updated = await db.$transaction(async (tx) => {
    const next = await tx.ticket.update({
      where: { id: ticket.id },
      data: {
        ...(statusChange ? { status: input.status, solvedAt: input.status === "SOLVED" ? now : null, lastActivityAt: now } : {}),
        ...(input.assignToMe ? { assigneeId: actor.userId } : input.assignToMe === false ? { assigneeId: null } : {}),
      },
    });
    await recordAudit(tx, {
      orgId: ticket.orgId,
      actor,
      action: statusChange ? "ticket.status-change" : input.assignToMe === false ? "ticket.unassign" : "ticket.assign",
      targetType: "ticket",
      targetId: ticket.id,
      before: { status: ticket.status, assigneeId: ticket.assigneeId },
      after: { status: next.status, assigneeId: next.assigneeId },
    });
    if (statusChange) await notifyTicketCustomers(tx, ticket.id, "ticket.status", `Ticket #${ticket.number} is now ${STATUS_LABEL[next.status]}`, actor.userId);
    return next;
  });
  if (desk && statusChange && updated.externalId) await tryPush(`status of #${ticket.number}`, () => pushStatus(db, desk, ticket.id));
  return updated;
}
