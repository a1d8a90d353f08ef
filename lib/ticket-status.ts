import type { TicketStatus } from "@/generated/prisma/enums";

/**
 * The ticket status machine. Staff move tickets explicitly; customers only implicitly, by
 * replying (a reply to a ticket awaiting it, or to a solved one, puts it back in the queue);
 * the system closes solved tickets after a quiet period; an external desk (Zendesk) is the
 * source of truth for the tickets it mirrors, except that a closed ticket stays closed.
 */
export type StatusActor = "staff" | "customer" | "system" | "external";

export const TICKET_STATUSES = ["OPEN", "ON_HOLD", "AWAITING_REPLY", "SOLVED", "CLOSED"] as const satisfies readonly TicketStatus[];

/** Open for work: staff may look at diagnostics of the cluster while a ticket is in one of these. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ["OPEN", "ON_HOLD", "AWAITING_REPLY"];

export const STATUS_LABEL: Record<TicketStatus, string> = {
  OPEN: "Open",
  ON_HOLD: "On Hold",
  AWAITING_REPLY: "Awaiting your reply",
  SOLVED: "Solved",
  CLOSED: "Closed",
};

const STAFF_MOVES: Record<TicketStatus, readonly TicketStatus[]> = {
  OPEN: ["ON_HOLD", "AWAITING_REPLY", "SOLVED"],
  ON_HOLD: ["OPEN", "AWAITING_REPLY", "SOLVED"],
  AWAITING_REPLY: ["OPEN", "ON_HOLD", "SOLVED"],
  SOLVED: ["OPEN"],
  CLOSED: [],
};

const CUSTOMER_MOVES: Record<TicketStatus, readonly TicketStatus[]> = {
  OPEN: [],
  ON_HOLD: [],
  AWAITING_REPLY: ["OPEN"],
  SOLVED: ["OPEN"],
  CLOSED: [],
};

const SYSTEM_MOVES: Record<TicketStatus, readonly TicketStatus[]> = {
  OPEN: [],
  ON_HOLD: [],
  AWAITING_REPLY: [],
  SOLVED: ["CLOSED"],
  CLOSED: [],
};

export function isActive(status: TicketStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

export function canTransition(actor: StatusActor, from: TicketStatus, to: TicketStatus): boolean {
  if (from === to) return false;
  switch (actor) {
    case "staff":
      return STAFF_MOVES[from].includes(to);
    case "customer":
      return CUSTOMER_MOVES[from].includes(to);
    case "system":
      return SYSTEM_MOVES[from].includes(to);
    case "external":
      return from !== "CLOSED";
  }
}

/** The statuses staff may pick for a ticket in `from` (for the status menu). */
export function staffTargets(from: TicketStatus): readonly TicketStatus[] {
  return STAFF_MOVES[from];
}

/**
 * The status after a customer's reply, or null when the ticket takes no replies (Closed:
 * open a new ticket instead).
 */
export function statusAfterCustomerReply(status: TicketStatus): TicketStatus | null {
  if (status === "CLOSED") return null;
  return CUSTOMER_MOVES[status].includes("OPEN") ? "OPEN" : status;
}

/** Whether a staff member may still write on the ticket (reply or internal note). */
export function staffMayComment(status: TicketStatus): boolean {
  return status !== "CLOSED";
}
