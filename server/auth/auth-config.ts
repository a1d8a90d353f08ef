import "server-only";
import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Db } from "../db";
import { resolveOidcUser } from "../domain/auth/resolve-oidc-user";
import type { ThrottlePolicy } from "../domain/auth/sign-in-throttle";
import { createSession } from "../store/sessions";
import { checkSignIn } from "./sign-in";
import { OIDC_PROVIDER_ID, type SignInMethods } from "./sign-in-methods";

/** Carries the wait to the sign-in form: the code is `locked:<seconds>`. */
class LockedSignIn extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `locked:${seconds}`;
  }
}

export interface AuthOptions {
  secret: string;
  methods: SignInMethods;
  throttle: ThrottlePolicy;
  session: { idleMinutes: number; maxHours: number };
  db: () => Db;
  /** Where the request being handled came from (sessions and the security log record it). */
  requestInfo: () => Promise<{ ip: string | null; userAgent: string | null }>;
}

/**
 * The Auth.js configuration: e-mail and password (unless switched off) and OpenID Connect (when
 * configured). Either way the cookie carries only the id of a server-side session (decision 0012);
 * an OpenID Connect sign-in becomes the portal account resolveOidcUser matched (or created for an
 * invitation or as the first owner of an empty portal).
 */
export function authConfig(options: AuthOptions): NextAuthConfig {
  const { methods } = options;
  const providers: NextAuthConfig["providers"] = [];
  if (methods.password) {
    providers.push(
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials) {
          const result = await checkSignIn(options.db(), credentials, options.throttle, await options.requestInfo());
          if (!result.ok) {
            if (result.reason === "locked") throw new LockedSignIn(result.seconds);
            return null;
          }
          return result.user;
        },
      }),
    );
  }
  if (methods.oidc) {
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: methods.oidc.name,
      type: "oidc",
      issuer: methods.oidc.issuer,
      clientId: methods.oidc.clientId,
      clientSecret: methods.oidc.clientSecret,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid profile email" } },
    });
  }
  const oidc = methods.oidc;

  return {
    secret: options.secret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: options.session.maxHours * 60 * 60 },
    // Refusals and Auth.js's own errors come back to the sign-in page as ?error=<code>.
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return account?.provider === "credentials" && methods.password;
        if (!oidc) return false;
        const result = await resolveOidcUser(options.db(), profile, { allowedDomains: oidc.allowedDomains, bootstrap: oidc.bootstrap }, await options.requestInfo());
        if (!result.ok) return `/sign-in?error=${result.reason}`;
        // The session belongs to the matched portal account, not to the identity provider's subject.
        Object.assign(user, result.user);
        return true;
      },
      // On sign-in the cookie gets the id of a new server-side session; every request checks it
      // (server/store/sessions.ts), so signing out ends the session on the server too.
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sid = (await createSession(options.db(), user.id, options.session, await options.requestInfo())).id;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
