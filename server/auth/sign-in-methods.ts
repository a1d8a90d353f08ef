import "server-only";
import { orgSlug } from "@/lib/org-slug";
import type { OidcBootstrap } from "../domain/auth/bootstrap-first-owner";
import { env, type Env } from "../env";

/** Auth.js provider id: the identity provider's redirect URI is <portal>/api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the button: "Sign in with <name>". */
  name: string;
  /** E-mail domains allowed per organisation slug (and STAFF_DOMAINS_KEY for provider staff). */
  allowedDomains: Record<string, string[]>;
  /** The first owner of an empty portal (BOOTSTRAP_OWNER_EMAIL / BOOTSTRAP_ORG_NAME), if configured. */
  bootstrap: OidcBootstrap | null;
}

export interface SignInMethods {
  password: boolean;
  oidc: OidcSettings | null;
}

/** How people sign in, from the settings (server/env.ts validates that at least one way is on). */
export function signInMethods(settings: Env = env()): SignInMethods {
  const oidc =
    settings.OIDC_ISSUER && settings.OIDC_CLIENT_ID && settings.OIDC_CLIENT_SECRET
      ? {
          issuer: settings.OIDC_ISSUER,
          clientId: settings.OIDC_CLIENT_ID,
          clientSecret: settings.OIDC_CLIENT_SECRET,
          name: settings.OIDC_PROVIDER_NAME,
          allowedDomains: settings.OIDC_ALLOWED_DOMAINS,
          bootstrap:
            settings.BOOTSTRAP_OWNER_EMAIL && settings.BOOTSTRAP_ORG_NAME
              ? { email: settings.BOOTSTRAP_OWNER_EMAIL, orgName: settings.BOOTSTRAP_ORG_NAME, orgSlug: orgSlug(settings.BOOTSTRAP_ORG_NAME) }
              : null,
        }
      : null;
  return { password: settings.PASSWORD_SIGN_IN === "on" || !oidc, oidc };
}
