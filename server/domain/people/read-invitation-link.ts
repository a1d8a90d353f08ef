import "server-only";
import type { InvitationState, MemberRoleName } from "@/lib/invitations";
import { hashInvitationToken, looksLikeInvitationToken } from "../../auth/invitation-token";
import type { DbOrTx } from "../../db";
import { findInvitationByTokenHash } from "../../store/people";
import { invitationState } from "@/lib/people-rules";

export type InvitationLink =
  | { usable: false; reason: Exclude<InvitationState, "pending"> | "unknown" }
  | { usable: true; email: string; role: MemberRoleName; orgName: string; accountExists: boolean };

/** What the page behind an invitation link shows: who is invited where, or why the link does not work. */
export async function readInvitationLink(db: DbOrTx, token: string, now = new Date()): Promise<InvitationLink> {
  if (!looksLikeInvitationToken(token)) return { usable: false, reason: "unknown" };
  const invitation = await findInvitationByTokenHash(db, hashInvitationToken(token));
  if (!invitation) return { usable: false, reason: "unknown" };
  const state = invitationState(invitation, now);
  if (state !== "pending") return { usable: false, reason: state };
  const accountExists = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return { usable: true, email: invitation.email, role: invitation.role, orgName: invitation.org.name, accountExists };
}

/** The invitation of a link, whatever its state; null for a malformed or unknown token. */
export async function invitationOfToken(db: DbOrTx, token: string) {
  if (!looksLikeInvitationToken(token)) return null;
  return findInvitationByTokenHash(db, hashInvitationToken(token));
}
