import "server-only";
import type { ApprovalState } from "@/generated/prisma/enums";
import { APPROVAL_VALID_MS, MAX_WINDOW_LEAD_MS, MAX_WINDOW_MS, MIN_WINDOW_MS, PENDING_TTL_MS } from "@/lib/approvals";
import { approvalMessages } from "@/lib/messages-approvals";

// The state machine of an approval request (PRODUCT.md §13), pure:
//   Pending → Approved / Denied / Expired;  Approved → Executing / Expired / Failed;
//   Executing → Complete / Failed.  Denied, Expired, Complete and Failed are final.

const NEXT: Record<ApprovalState, readonly ApprovalState[]> = {
  PENDING: ["APPROVED", "DENIED", "EXPIRED"],
  APPROVED: ["EXECUTING", "EXPIRED", "FAILED"],
  EXECUTING: ["COMPLETE", "FAILED"],
  DENIED: [],
  EXPIRED: [],
  COMPLETE: [],
  FAILED: [],
};

export function canMove(from: ApprovalState, to: ApprovalState): boolean {
  return NEXT[from].includes(to);
}

/** A new request lapses 24 hours after it was made. */
export function pendingExpiry(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + PENDING_TTL_MS);
}

/** An approval is valid for 2 hours after it was given. */
export function approvalExpiry(approvedAt: Date): Date {
  return new Date(approvedAt.getTime() + APPROVAL_VALID_MS);
}

/** Has a pending or approved request lapsed at `now`? (`expiresAt` holds the deadline of its current state.) */
export function hasLapsed(request: { state: ApprovalState; expiresAt: Date }, now: Date): boolean {
  return (request.state === "PENDING" || request.state === "APPROVED") && request.expiresAt.getTime() <= now.getTime();
}

/** Why a request cannot be decided now, or null when it can. */
export function decisionRefusal(request: { state: ApprovalState; expiresAt: Date }, now: Date): string | null {
  if (hasLapsed(request, now)) return approvalMessages.refusals.expired;
  if (request.state !== "PENDING") return approvalMessages.refusals.decided(request.state);
  return null;
}

/** Why an auto-approval window is not acceptable, or null. */
export function windowRefusal(window: { startsAt: Date; endsAt: Date }, now: Date): string | null {
  const length = window.endsAt.getTime() - window.startsAt.getTime();
  if (length < MIN_WINDOW_MS) return approvalMessages.windows.tooShort;
  if (length > MAX_WINDOW_MS) return approvalMessages.windows.tooLong;
  if (window.endsAt.getTime() <= now.getTime()) return approvalMessages.windows.inPast;
  if (window.startsAt.getTime() - now.getTime() > MAX_WINDOW_LEAD_MS) return approvalMessages.windows.tooFarAhead;
  return null;
}

/** The window that approves a request made at `at` (start inclusive, end exclusive), if any. */
export function coveringWindow<W extends { startsAt: Date; endsAt: Date }>(windows: readonly W[], at: Date): W | null {
  const t = at.getTime();
  return windows.find((w) => w.startsAt.getTime() <= t && t < w.endsAt.getTime()) ?? null;
}
