import "server-only";
import type { InvitationSent } from "@/lib/invitations";
import { recordAudit } from "../../audit/record";
import { newInvitationToken } from "../../auth/invitation-token";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { findOpenInvitation, lockOrganization } from "../../store/people";
import { assertPeopleManager, isUuid } from "./people-access";
import { invitationExpiry } from "@/lib/people-rules";
import { deliverInvitation, InvitationMailFailed, type InvitationDeps } from "./send-invitation";

/**
 * An owner sends an open invitation again (pending or expired): a new token replaces the old one,
 * so the earlier link stops working, and the expiry starts over.
 */
export async function resendInvitation(db: Db, actor: Actor, orgId: string, invitationId: string, deps: InvitationDeps): Promise<InvitationSent> {
  assertPeopleManager(actor, orgId);
  if (!isUuid(invitationId)) throw invitationNotFound();
  const now = deps.now ?? new Date();
  const orgName = actor.memberships.find((membership) => membership.orgId === orgId)?.orgName ?? "";
  const secret = newInvitationToken();
  try {
    return await db.$transaction(
      async (tx) => {
        await lockOrganization(tx, orgId);
        const before = await findOpenInvitation(tx, orgId, invitationId);
        if (!before) throw invitationNotFound();
        const row = await tx.invitation.update({
          where: { id: before.id },
          data: { tokenHash: secret.hash, sentAt: now, expiresAt: invitationExpiry(now) },
          include: { invitedBy: { select: { name: true } } },
        });
        await recordAudit(tx, {
          orgId,
          actor,
          action: "invitation.resend",
          targetType: "invitation",
          targetId: row.id,
          before: { email: before.email, role: before.role, expiresAt: before.expiresAt.toISOString() },
          after: { email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString() },
        });
        return deliverInvitation({ ...deps, now }, { token: secret.token, orgName, inviterName: actor.name, row });
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    if (error instanceof InvitationMailFailed) {
      await recordAudit(db, { orgId, actor, action: "invitation.resend", targetType: "invitation", targetId: invitationId, outcome: "FAILURE", purpose: "the e-mail could not be sent" });
    }
    throw error;
  }
}

export function invitationNotFound(): AppError {
  return new AppError("not_found", "Invitation not found.");
}
