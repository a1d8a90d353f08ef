"use server";

import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { messages } from "@/lib/messages";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { signIn } from "../auth/auth";

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
  const parsed = ZSignInForm.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    redirectTo: formData.get("redirectTo") ?? undefined,
  });
  if (!parsed.success || !parsed.data.email || !parsed.data.password) {
    return { error: messages.auth.invalid, email: typeof formData.get("email") === "string" ? String(formData.get("email")) : "" };
  }
  const { email, password, redirectTo } = parsed.data;
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
