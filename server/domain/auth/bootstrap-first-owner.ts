import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "../../audit/record";
import { hashPassword } from "../../auth/password";
import type { DbOrTx } from "../../db";
import { personName } from "../people/accept-pending-invitation-for-email";

/** BOOTSTRAP_OWNER_EMAIL and BOOTSTRAP_ORG_NAME, as server/env.ts validated them. */
export interface OidcBootstrap {
  email: string;
  orgName: string;
  /** The organisation's key in OIDC_ALLOWED_DOMAINS (lib/org-slug.ts). */
  orgSlug: string;
}

/** How long the new organisation's trial lasts: time to connect a subscription and initialize a cluster. */
export const BOOTSTRAP_TRIAL_DAYS = 30;

interface Transactional {
  $transaction<T>(fn: (tx: DbOrTx) => Promise<T>): Promise<T>;
}

/**
 * The first sign-in of an empty portal: when no organisation exists yet and the verified address is
 * the configured first owner's, creates the organisation (with a trial) and the owner's account
 * (a password nobody knows: only the identity provider signs them in), audited in the new
 * organisation. Null, and nothing changes, when the address is another one or any organisation
 * exists — the bootstrap happens once. Concurrent first sign-ins serialise on a transaction lock.
 */
export async function bootstrapFirstOwner(
  db: Transactional,
  bootstrap: OidcBootstrap,
  identity: { email: string; name?: string | null; azurePrincipalId?: string | null },
  request: { ip?: string | null; userAgent?: string | null },
  now = new Date(),
): Promise<{ userId: string; orgId: string } | null> {
  const email = identity.email.toLowerCase();
  if (email !== bootstrap.email) return null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('portal.bootstrap-first-owner'))`;
    if ((await tx.organization.count()) > 0 || (await tx.user.count({ where: { email: { equals: email, mode: "insensitive" } } })) > 0) return null;
    const org = await tx.organization.create({
      data: { name: bootstrap.orgName, slug: bootstrap.orgSlug, trialEndsAt: new Date(now.getTime() + BOOTSTRAP_TRIAL_DAYS * 86_400_000) },
    });
    const user = await tx.user.create({
      data: {
        email,
        name: personName(identity.name ?? undefined, email),
        passwordHash: await hashPassword(randomBytes(32).toString("base64url")),
        azurePrincipalId: identity.azurePrincipalId ?? null,
        memberships: { create: { orgId: org.id, role: "OWNER" } },
      },
    });
    await recordAudit(tx, {
      orgId: org.id,
      actorKind: "USER",
      actorId: user.id,
      actorEmail: email,
      action: "org.bootstrap",
      targetType: "organization",
      targetId: org.id,
      after: { name: org.name, slug: org.slug, owner: email, trialEndsAt: org.trialEndsAt?.toISOString() ?? null },
      purpose: "First owner of an empty portal (BOOTSTRAP_OWNER_EMAIL)",
      ip: request.ip,
      userAgent: request.userAgent,
    });
    return { userId: user.id, orgId: org.id };
  });
}
