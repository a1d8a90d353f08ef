import "server-only";
import { ZNewAccount } from "@/lib/invitations";
import { inviteMessages } from "@/lib/messages-people";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "../../auth/password";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { parseInput } from "../../validate";
import { lockOrganization } from "../../store/people";
import { assertUsable, claimInvitation } from "./claim-invitation";
import { invitationOfToken } from "./read-invitation-link";

/**
 * Someone without an account opens their invitation, chooses a name and a password, and becomes
 * a user and a member in one transaction. The caller then signs them in with that password.
 */
export async function acceptInvitationAsNewPerson(db: Db, token: string, rawInput: unknown, now = new Date()): Promise<{ userId: string; email: string; orgId: string }> {
  const input = parseInput(ZNewAccount, rawInput);
  const invitation = await invitationOfToken(db, token);
  if (!invitation) throw new AppError("not_found", inviteMessages.unusable.unknown);
  assertUsable(invitation, now);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      await lockOrganization(tx, invitation.orgId);
      if (await tx.user.count({ where: { email: invitation.email } })) throw new AppError("conflict", inviteMessages.existingAccount);
      const created = await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash } });
      await claimInvitation(tx, invitation, { id: created.id, email: created.email, isNew: true }, now);
      return created;
    });
    return { userId: user.id, email: user.email, orgId: invitation.orgId };
  } catch (error) {
    // Another request made the account first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", inviteMessages.existingAccount);
    throw error;
  }
}
