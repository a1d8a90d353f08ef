import "server-only";
import { inviteMessages } from "@/lib/messages-people";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { lockOrganization } from "../../store/people";
import { forgetUserSessions } from "../../store/session-cache";
import { assertUsable, claimInvitation } from "./claim-invitation";
import { invitationOfToken } from "./read-invitation-link";

/** A signed-in person accepts an invitation to their own e-mail address and becomes a member. */
export async function acceptInvitation(db: Db, actor: Actor, token: string, now = new Date()): Promise<{ orgId: string }> {
  const invitation = await invitationOfToken(db, token);
  if (!invitation) throw new AppError("not_found", inviteMessages.unusable.unknown);
  assertUsable(invitation, now);
  if (invitation.email !== actor.email.toLowerCase()) {
    // In the provider's security log, without the organisation: it must not learn who tried.
    await recordAudit(db, { actor, action: "invitation.accept", targetType: "invitation", targetId: invitation.id, outcome: "DENIED", purpose: "signed in with another e-mail address" });
    throw new AppError("forbidden", inviteMessages.otherAccount(actor.email));
  }
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, invitation.orgId);
    await claimInvitation(tx, invitation, { id: actor.userId, email: actor.email, isNew: false }, now);
  });
  forgetUserSessions(actor.userId);
  return { orgId: invitation.orgId };
}
