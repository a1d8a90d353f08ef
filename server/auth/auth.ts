import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { db } from "../db";
import { env } from "../env";
import { createSession } from "../store/sessions";
import { sessionPolicy } from "./actor";
import { requestInfo } from "./request-info";
import { checkSignIn } from "./sign-in";

/** Carries the wait to the sign-in form: the code is `locked:<seconds>`. */
class LockedSignIn extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `locked:${seconds}`;
  }
}

export const { handlers, signIn, signOut } = NextAuth({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_HOURS * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const h = await headers();
        const result = await checkSignIn(
          db(),
          credentials,
          { maxFailures: env().SIGN_IN_MAX_FAILURES, lockMinutes: env().SIGN_IN_LOCK_MINUTES },
          requestInfo(h),
        );
        if (!result.ok) {
          if (result.reason === "locked") throw new LockedSignIn(result.seconds);
          return null;
        }
        return result.user;
      },
    }),
  ],
  callbacks: {
    // On sign-in the cookie gets the id of a new server-side session; every request checks it
    // (server/store/sessions.ts), so signing out ends the session on the server too.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = (await createSession(db(), user.id, sessionPolicy(), requestInfo(await headers()))).id;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
