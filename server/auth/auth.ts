import "server-only";
import NextAuth from "next-auth";
import { headers } from "next/headers";
import { db } from "../db";
import { env } from "../env";
import { sessionPolicy } from "./actor";
import { authConfig } from "./auth-config";
import { requestInfo } from "./request-info";
import { signInMethods } from "./sign-in-methods";

export const { handlers, signIn, signOut } = NextAuth(
  authConfig({
    secret: env().AUTH_SECRET,
    methods: signInMethods(),
    throttle: { maxFailures: env().SIGN_IN_MAX_FAILURES, lockMinutes: env().SIGN_IN_LOCK_MINUTES },
    session: sessionPolicy(),
    db,
    requestInfo: async () => requestInfo(await headers()),
  }),
);
