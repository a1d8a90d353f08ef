import "server-only";
import type { MemberRoleName } from "@/lib/invitations";
import { inviteMessages } from "@/lib/messages-people";
import { recordAudit } from "../../audit/record";
import type { DbOrTx } from "../../db";
import { AppError } from "../../errors";
import { markInvitationAccepted } from "../../store/people";
import { invitationState } from "@/lib/people-rules";

interface PendingInvitation {
  id: string;
  orgId: string;
  email: string;
  role: MemberRoleName;
  expiresAt: Date;
  revokedAt: Date | null;
  acceptedAt: Date | null;
}

/** Refuses a link that is no longer pending, with the reason in words. */
export function assertUsable(invitation: PendingInvitation, now: Date): void {
  const state = invitationState(invitation, now);
  if (state !== "pending") throw new AppError("conflict", inviteMessages.unusable[state]);
}

/**
 * Uses the invitation once (a second use, or one racing it, finds it no longer pending) and makes
 * the user a member with its role. A person who is a member already keeps their role.
 */
export async function claimInvitation(tx: DbOrTx, invitation: PendingInvitation, user: { id: string; email: string; isNew: boolean }, now: Date): Promise<void> {
  if (!(await markInvitationAccepted(tx, invitation.id, user.id, now))) {
    throw new AppError("conflict", inviteMessages.unusable.accepted);
  }
  const existing = await tx.membership.findUnique({ where: { orgId_userId: { orgId: invitation.orgId, userId: user.id } } });
  if (!existing) await tx.membership.create({ data: { orgId: invitation.orgId, userId: user.id, role: invitation.role } });
  await recordAudit(tx, {
    orgId: invitation.orgId,
    actorKind: "USER",
    actorId: user.id,
    actorEmail: user.email,
    action: "invitation.accept",
    targetType: "invitation",
    targetId: invitation.id,
    before: { email: invitation.email, role: existing?.role ?? null, state: "pending" },
    after: { email: invitation.email, role: existing?.role ?? invitation.role, state: "accepted", newAccount: user.isNew },
  });
}
