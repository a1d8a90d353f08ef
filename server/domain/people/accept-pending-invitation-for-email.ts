import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { PERSON_NAME_MAX, zEmail } from "@/lib/invitations";
import { hasNul } from "@/lib/text";
import { hashPassword } from "../../auth/password";
import type { DbOrTx } from "../../db";
import { findPendingInvitationsForEmail, lockOrganization } from "../../store/people";
import { forgetUserSessions } from "../../store/session-cache";
import { claimInvitation } from "./claim-invitation";

const ZIdentity = z.object({ email: zEmail, name: z.string().max(1000).optional() });

interface Transactional {
  $transaction<T>(fn: (tx: DbOrTx) => Promise<T>): Promise<T>;
}

/**
 * For sign-in through an identity provider: a verified e-mail address with pending invitations
 * becomes that user (created when new, with a password nobody knows, so only the identity
 * provider signs them in) and a member of each inviting organisation. Null when the address has
 * no pending invitation or is not a valid address; nothing changes then. `orgIds`, when given,
 * limits which organisations' invitations are accepted (those that allow the address's domain).
 */
export async function acceptPendingInvitationForEmail(
  db: Transactional,
  identity: { email: string; name?: string | null },
  now = new Date(),
  options: { orgIds?: string[] } = {},
): Promise<{ userId: string } | null> {
  const parsed = ZIdentity.safeParse({ email: identity.email, name: identity.name ?? undefined });
  if (!parsed.success || hasNul(identity.email)) return null;
  const email = parsed.data.email;
  const userId = await db.$transaction(async (tx) => {
    const invitations = (await findPendingInvitationsForEmail(tx, email, now)).filter((invitation) => !options.orgIds || options.orgIds.includes(invitation.orgId));
    if (invitations.length === 0) return null;
    let user = await tx.user.findUnique({ where: { email } });
    const isNew = !user;
    if (!user) {
      const name = personName(parsed.data.name, email);
      user = await tx.user.create({ data: { email, name, passwordHash: await hashPassword(randomBytes(32).toString("base64url")) } });
    }
    for (const invitation of invitations) {
      await lockOrganization(tx, invitation.orgId);
      await claimInvitation(tx, invitation, { id: user.id, email, isNew }, now);
    }
    return user.id;
  });
  if (userId) forgetUserSessions(userId);
  return userId ? { userId } : null;
}

/** The provider's name for the person, cleaned; their address's local part when it gives none. */
export function personName(name: string | undefined, email: string): string {
  const cleaned = (name ?? "").replace(/\u0000/g, "").trim().slice(0, PERSON_NAME_MAX);
  return cleaned || email.split("@")[0];
}
