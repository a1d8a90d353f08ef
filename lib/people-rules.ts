import type { InvitationState } from "./invitations";
import { INVITATION_TTL_DAYS, type MemberRoleName } from "./people-limits";

// Pure rules of invitations and memberships, written once and unit-tested.

const DAY_MS = 86_400_000;

/** When an invitation sent at `sentAt` stops working. */
export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_TTL_DAYS * DAY_MS);
}

export function invitationState(invitation: { expiresAt: Date; revokedAt: Date | null; acceptedAt: Date | null }, now: Date): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

/**
 * Whether a change leaves the organisation without an owner: removing an owner, or giving an
 * owner another role, when they are the only owner.
 */
export function leavesNoOwner(ownerCount: number, currentRole: MemberRoleName, newRole: MemberRoleName | null): boolean {
  return currentRole === "OWNER" && newRole !== "OWNER" && ownerCount <= 1;
}
