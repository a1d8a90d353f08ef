import type { Translation } from "./i18n/translation";

// Sign-in texts beyond the password form (lib/messages.ts `auth`): OpenID Connect and its refusals.

/** Why an OpenID Connect sign-in was refused: the `error` of /sign-in?error=… (server/domain/auth/resolve-oidc-user.ts). */
export const OIDC_REFUSALS = ["oidc-unverified", "oidc-unknown", "oidc-domain", "oidc-disabled"] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

export const signInMessages = {
  withProvider: (provider: string) => `Sign in with ${provider}`,
  redirecting: "Redirecting…",
  or: "or with e-mail and password",
  passwordOff: "E-mail and password sign-in is switched off. Sign in with your organisation's account.",
  refusals: {
    "oidc-unverified": "Your identity provider did not confirm an e-mail address for your account, so it cannot be matched to a portal account. Ask your administrator to publish a verified e-mail address.",
    "oidc-unknown": "There is no portal account for your e-mail address. Ask an owner of your organisation to invite you.",
    "oidc-domain": "Your organisation does not allow sign-in with this e-mail domain. Ask an owner of your organisation.",
    "oidc-disabled": "Your portal account is disabled. Ask an owner of your organisation.",
  } satisfies Record<OidcRefusal, string>,
  /** Any other failure on the way through the identity provider (Auth.js's own error types). */
  failed: "Sign-in through your identity provider failed. Try again.",
};

/** The message for /sign-in?error=<code> in the page's language, or null when there is no error. */
export function signInErrorMessage(code: string | undefined, t: Translation<typeof signInMessages> = signInMessages): string | null {
  if (!code) return null;
  return (OIDC_REFUSALS as readonly string[]).includes(code) ? t.refusals[code as OidcRefusal] : t.failed;
}
