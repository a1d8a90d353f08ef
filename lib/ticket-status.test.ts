import { describe, expect, it } from "vitest";
import type { TicketStatus } from "@/generated/prisma/enums";
import { canTransition, isActive, staffMayComment, staffTargets, statusAfterCustomerReply, TICKET_STATUSES, type StatusActor } from "./ticket-status";

/** Every allowed move, as "FROM→TO", for one actor. */
function moves(actor: StatusActor): string[] {
  const all: string[] = [];
  for (const from of TICKET_STATUSES) for (const to of TICKET_STATUSES) if (canTransition(actor, from, to)) all.push(`${from}→${to}`);
  return all;
}

describe("ticket status machine", () => {
  it("staff move freely between the working statuses, solve, and reopen a solved ticket", () => {
    expect(moves("staff")).toEqual([
      "OPEN→ON_HOLD", "OPEN→AWAITING_REPLY", "OPEN→SOLVED",
      "ON_HOLD→OPEN", "ON_HOLD→AWAITING_REPLY", "ON_HOLD→SOLVED",
      "AWAITING_REPLY→OPEN", "AWAITING_REPLY→ON_HOLD", "AWAITING_REPLY→SOLVED",
      "SOLVED→OPEN",
    ]);
  });

  it("staff can never close by hand nor reopen a closed ticket", () => {
    for (const from of TICKET_STATUSES) expect(canTransition("staff", from, "CLOSED")).toBe(false);
    expect(staffTargets("CLOSED")).toEqual([]);
  });

  it("customers only move a ticket back to Open, and only by replying", () => {
    expect(moves("customer")).toEqual(["AWAITING_REPLY→OPEN", "SOLVED→OPEN"]);
  });

  it("the system only closes solved tickets", () => {
    expect(moves("system")).toEqual(["SOLVED→CLOSED"]);
  });

  it("an external desk may set anything except on a closed ticket", () => {
    expect(canTransition("external", "OPEN", "SOLVED")).toBe(true);
    expect(canTransition("external", "SOLVED", "AWAITING_REPLY")).toBe(true);
    expect(canTransition("external", "CLOSED", "OPEN")).toBe(false);
    expect(canTransition("external", "OPEN", "OPEN")).toBe(false);
  });

  it("a customer reply puts a ticket awaiting it, or a solved one, back to Open", () => {
    const after = Object.fromEntries(TICKET_STATUSES.map((status) => [status, statusAfterCustomerReply(status)]));
    expect(after).toEqual<Record<TicketStatus, TicketStatus | null>>({
      OPEN: "OPEN",
      ON_HOLD: "ON_HOLD",
      AWAITING_REPLY: "OPEN",
      SOLVED: "OPEN",
      CLOSED: null,
    });
  });

  it("knows which statuses are active", () => {
    expect(TICKET_STATUSES.filter(isActive)).toEqual(["OPEN", "ON_HOLD", "AWAITING_REPLY"]);
    expect(TICKET_STATUSES.filter(staffMayComment)).toEqual(["OPEN", "ON_HOLD", "AWAITING_REPLY", "SOLVED"]);
  });
});
