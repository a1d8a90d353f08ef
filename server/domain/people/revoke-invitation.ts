import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { findOpenInvitation, lockOrganization } from "../../store/people";
import { assertPeopleManager, isUuid } from "./people-access";
import { invitationNotFound } from "./resend-invitation";

/** An owner revokes an open invitation; its link shows "revoked" from then on. */
export async function revokeInvitation(db: Db, actor: Actor, orgId: string, invitationId: string, now = new Date()): Promise<void> {
  assertPeopleManager(actor, orgId);
  if (!isUuid(invitationId)) throw invitationNotFound();
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, orgId);
    const invitation = await findOpenInvitation(tx, orgId, invitationId);
    if (!invitation) throw invitationNotFound();
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: now } });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "invitation.revoke",
      targetType: "invitation",
      targetId: invitation.id,
      before: { email: invitation.email, role: invitation.role, state: "open" },
      after: { email: invitation.email, role: invitation.role, state: "revoked" },
    });
  });
}
