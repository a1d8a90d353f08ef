import "server-only";
import type { InvitationSent, MemberRoleName } from "@/lib/invitations";
import { inviteMessages } from "@/lib/messages-people";
import { AppError } from "../../errors";
import { log } from "../../log";
import type { Mailer } from "../../mail/mailer";
import { invitationView } from "../../store/people";

/** What inviting needs from outside: where links point, how mail leaves (null: it does not). */
export interface InvitationDeps {
  /** The portal's public address, without a trailing slash. */
  baseUrl: string;
  mailer: Mailer | null;
  now?: Date;
}

export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${token}`;
}

/**
 * Sends the link by e-mail when a mailer is configured, else hands it back to be shown to the
 * inviter once. A failed send throws, so the caller's transaction changes nothing.
 */
export async function deliverInvitation(
  deps: InvitationDeps,
  args: {
    token: string;
    orgName: string;
    inviterName: string;
    row: { id: string; email: string; role: MemberRoleName; sentAt: Date; expiresAt: Date; revokedAt: Date | null; acceptedAt: Date | null; invitedBy?: { name: string } | null };
  },
): Promise<InvitationSent> {
  const link = invitationLink(deps.baseUrl, args.token);
  const invitation = invitationView(args.row, deps.now);
  if (!deps.mailer) return { invitation, emailed: false, link };
  try {
    await deps.mailer.send({
      to: args.row.email,
      subject: inviteMessages.mailSubject(args.orgName),
      text: inviteMessages.mailText({ org: args.orgName, inviter: args.inviterName, role: args.row.role, link, expiresAt: args.row.expiresAt.toISOString().slice(0, 16).replace("T", " ") }),
    });
  } catch (error) {
    log.warn("invitation e-mail failed", { invitationId: args.row.id, err: error });
    throw new InvitationMailFailed();
  }
  return { invitation, emailed: true, link: null };
}

/** The SMTP server refused or did not answer; the transaction around the send rolls back. */
export class InvitationMailFailed extends AppError {
  constructor() {
    super("unavailable", "The invitation e-mail could not be sent, so nothing was changed. Check the SMTP settings or try again.");
  }
}
