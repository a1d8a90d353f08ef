import "server-only";
import { z } from "zod";
import type { OidcRefusal } from "@/lib/messages-sign-in";
import { auditSignInAttempt } from "../../audit/sign-in-attempt";
import type { Db } from "../../db";
import { STAFF_DOMAINS_KEY } from "../../env";
import { findOrgIdsBySlug, findUserByEmail, markSignedIn } from "../../store/sign-in-users";
import { acceptPendingInvitationForEmail } from "../people/accept-pending-invitation-for-email";
import { bootstrapFirstOwner, type OidcBootstrap } from "./bootstrap-first-owner";

/** Some identity providers send booleans as strings ("true"). */
const ZClaimFlag = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);

/** The ID token claims sign-in reads; anything else in the token is ignored. */
const ZOidcClaims = z.object({
  sub: z.string().min(1).max(255),
  email: z.string().trim().toLowerCase().email().max(254).optional().catch(undefined),
  name: z.string().max(1000).optional().catch(undefined),
  email_verified: ZClaimFlag.optional().catch(undefined),
  /** Microsoft Entra ID sends no email_verified; its optional claim xms_edov says the e-mail's domain is verified in the tenant. */
  xms_edov: ZClaimFlag.optional().catch(undefined),
  /** Entra ID's object id of the user: the principal Azure role assignments name. */
  oid: z.string().uuid().optional().catch(undefined),
});

export interface OidcPolicy {
  /** E-mail domains allowed per organisation slug; provider staff use STAFF_DOMAINS_KEY. */
  allowedDomains: Record<string, string[]>;
  /** The first owner of an empty portal, if configured (bootstrap-first-owner.ts). */
  bootstrap?: OidcBootstrap | null;
}

interface RequestInfo {
  ip?: string | null;
  userAgent?: string | null;
}

export type ResolveOidcResult = { ok: true; user: { id: string; email: string; name: string } } | { ok: false; reason: OidcRefusal };

const PURPOSE: Record<OidcRefusal, string> = {
  "oidc-unverified": "OpenID Connect: no verified e-mail address in the ID token",
  "oidc-unknown": "OpenID Connect: no account for this e-mail address",
  "oidc-domain": "OpenID Connect: e-mail domain not allowed for the account's organisation",
  "oidc-disabled": "OpenID Connect: account disabled",
};

/**
 * Matches an OpenID Connect sign-in to a portal account and audits the outcome. Only a verified
 * e-mail address is trusted (`email_verified: true`, or Entra ID's `xms_edov: true` when the token
 * has no `email_verified`); it matches an existing account case-insensitively, and its domain must
 * be allowed for one of the account's organisations (OIDC_ALLOWED_DOMAINS). The caller gets the
 * account or the reason it was refused. It creates an account only for a pending invitation or as
 * the configured first owner of an empty portal.
 */
export async function resolveOidcUser(db: Db, rawClaims: unknown, policy: OidcPolicy, request: RequestInfo = {}, now = new Date()): Promise<ResolveOidcResult> {
  const parsed = ZOidcClaims.safeParse(rawClaims);
  const claims = parsed.success ? parsed.data : null;
  const email = claims?.email ?? null;
  const verified = claims?.email_verified ?? claims?.xms_edov ?? false;

  let user = email && verified ? await findUserByEmail(db, email) : null;
  const audit = (outcome: "SUCCESS" | "DENIED", purpose: string) =>
    auditSignInAttempt(db, { user, email: user?.email ?? email, action: "auth.sign-in", outcome, purpose, request });
  const refuse = async (reason: OidcRefusal): Promise<ResolveOidcResult> => {
    await audit("DENIED", PURPOSE[reason]);
    return { ok: false, reason };
  };

  if (!email || !verified) return refuse("oidc-unverified");
  const domain = email.slice(email.lastIndexOf("@") + 1);
  if (!user) {
    // A pending invitation for this verified address, from an organisation that allows its domain,
    // is accepted here (the account and membership are created, audited as the acceptance); sign-in
    // then goes on as for an existing account.
    const slugs = Object.entries(policy.allowedDomains).filter(([key, domains]) => key !== STAFF_DOMAINS_KEY && domains.includes(domain)).map(([key]) => key);
    const orgIds = slugs.length ? await findOrgIdsBySlug(db, slugs) : [];
    const accepted = orgIds.length ? await acceptPendingInvitationForEmail(db, { email, name: claims?.name }, now, { orgIds }) : null;
    if (accepted) user = await findUserByEmail(db, email);
    // An empty portal's first owner (BOOTSTRAP_OWNER_EMAIL) creates its organisation on first sign-in.
    if (!user && policy.bootstrap && (await bootstrapFirstOwner(db, policy.bootstrap, { email, name: claims?.name, azurePrincipalId: claims?.oid }, request, now))) {
      user = await findUserByEmail(db, email);
    }
    if (!user) return refuse("oidc-unknown");
  }
  if (user.disabledAt) return refuse("oidc-disabled");

  const keys = user.staffRole ? [STAFF_DOMAINS_KEY] : user.memberships.map((membership) => membership.org.slug);
  if (!keys.some((key) => policy.allowedDomains[key]?.includes(domain))) return refuse("oidc-domain");

  // The identity provider names the person's Azure principal (Entra ID's oid): recorded once, for
  // the role checks of pre-flight and settings; an account that has one keeps it.
  await markSignedIn(db, user.id, now, claims?.oid);
  await audit("SUCCESS", "OpenID Connect");
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
