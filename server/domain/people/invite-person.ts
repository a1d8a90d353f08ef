import "server-only";
import { ZInvite, type InvitationSent } from "@/lib/invitations";
import { recordAudit } from "../../audit/record";
import { newInvitationToken } from "../../auth/invitation-token";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { parseInput } from "../../validate";
import { findOpenInvitationByEmail, isMemberByEmail, lockOrganization } from "../../store/people";
import { assertPeopleManager } from "./people-access";
import { invitationExpiry } from "@/lib/people-rules";
import { deliverInvitation, InvitationMailFailed, type InvitationDeps } from "./send-invitation";

/**
 * An owner invites an e-mail address with a role. The link's token is stored hashed; the link is
 * e-mailed, or (without SMTP) returned once to be shown to the owner. When the e-mail cannot be
 * sent, nothing is stored and the owner is told.
 */
export async function invitePerson(db: Db, actor: Actor, orgId: string, rawInput: unknown, deps: InvitationDeps): Promise<InvitationSent> {
  assertPeopleManager(actor, orgId);
  const input = parseInput(ZInvite, rawInput);
  const now = deps.now ?? new Date();
  const orgName = actor.memberships.find((membership) => membership.orgId === orgId)?.orgName ?? "";
  const secret = newInvitationToken();
  try {
    return await db.$transaction(
      async (tx) => {
        await lockOrganization(tx, orgId);
        if (await isMemberByEmail(tx, orgId, input.email)) throw new AppError("conflict", `${input.email} is already a member.`, { email: ["Already a member of this organisation."] });
        if (await findOpenInvitationByEmail(tx, orgId, input.email)) {
          throw new AppError("conflict", `An invitation to ${input.email} is already open: resend or revoke it.`, { email: ["Already invited."] });
        }
        const row = await tx.invitation.create({
          data: { orgId, email: input.email, role: input.role, tokenHash: secret.hash, invitedById: actor.userId, createdAt: now, sentAt: now, expiresAt: invitationExpiry(now) },
        });
        await recordAudit(tx, {
          orgId,
          actor,
          action: "invitation.create",
          targetType: "invitation",
          targetId: row.id,
          after: { email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString(), delivery: deps.mailer ? "e-mail" : "link shown to the inviter" },
        });
        return deliverInvitation({ ...deps, now }, { token: secret.token, orgName, inviterName: actor.name, row: { ...row, invitedBy: { name: actor.name } } });
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    if (error instanceof InvitationMailFailed) {
      await recordAudit(db, { orgId, actor, action: "invitation.create", targetType: "invitation", after: { email: input.email, role: input.role }, outcome: "FAILURE", purpose: "the e-mail could not be sent" });
    }
    throw error;
  }
}
