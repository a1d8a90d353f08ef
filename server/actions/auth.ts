"use server";

import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { redirect } from "next/navigation";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { signInCatalogue } from "@/lib/i18n/catalogues/messages-sign-in";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { signIn } from "../auth/auth";
import { OIDC_PROVIDER_ID, signInMethods } from "../auth/sign-in-methods";
import { texts } from "../i18n/texts";

export interface SignInState {
  error: string | null;
  email: string;
}

const ZSignInForm = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
  redirectTo: z.string().max(500).optional(),
});

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const [{ messages }, { signInMessages }] = await Promise.all([texts(messagesCatalogue), texts(signInCatalogue)]);
  const parsed = ZSignInForm.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    redirectTo: formData.get("redirectTo") ?? undefined,
  });
  if (!parsed.success || !parsed.data.email || !parsed.data.password) {
    return { error: messages.auth.invalid, email: typeof formData.get("email") === "string" ? String(formData.get("email")) : "" };
  }
  const { email, password, redirectTo } = parsed.data;
  if (!signInMethods().password) return { error: signInMessages.passwordOff, email };
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { email, password, redirectTo: safeRedirectPath(redirectTo) });
  } catch (error) {
    if (error instanceof AuthError) {
      const locked = error.type === "CredentialsSignin" ? /^locked:(\d+)$/.exec((error as CredentialsSignin).code) : null;
      if (locked) {
        const seconds = Number(locked[1]);
        return { error: messages.auth.locked({ seconds, minutes: Math.ceil(seconds / 60) }), email };
      }
      return { error: error.type === "CredentialsSignin" ? messages.auth.invalid : messages.auth.unexpected, email };
    }
    throw error;
  }
  return { error: null, email };
}

const ZOidcSignInForm = z.object({ redirectTo: z.string().max(500).optional() });

/** "Sign in with <provider>": on to the identity provider, back at /api/auth/callback/oidc. */
export async function oidcSignInAction(formData: FormData): Promise<void> {
  const parsed = ZOidcSignInForm.safeParse({ redirectTo: formData.get("redirectTo") ?? undefined });
  const redirectTo = safeRedirectPath(parsed.success ? parsed.data.redirectTo : undefined);
  if (!signInMethods().oidc) redirect("/sign-in");
  try {
    // Throws Next's redirect to the identity provider, which must propagate.
    await signIn(OIDC_PROVIDER_ID, { redirectTo });
  } catch (error) {
    // The identity provider could not be reached (discovery failed) or refused the request.
    if (error instanceof AuthError) redirect("/sign-in?error=oidc-failed");
    throw error;
  }
}
