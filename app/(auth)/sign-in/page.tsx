import { Cloud } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/features/auth/sign-in-form";
import { DemoAccounts } from "@/features/auth/demo-accounts";
import { OidcSignInButton } from "@/features/auth/oidc-sign-in-button";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { signInCatalogue } from "@/lib/i18n/catalogues/messages-sign-in";
import { signInErrorMessage } from "@/lib/messages-sign-in";
import { currentActor } from "@/server/auth/actor";
import { signInMethods } from "@/server/auth/sign-in-methods";
import { env } from "@/server/env";
import { texts } from "@/server/i18n/texts";
import { safeRedirectPath } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await texts(messagesCatalogue);
  return { title: messages.auth.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  if (await currentActor()) redirect("/clusters");
  const params = await searchParams;
  const callback = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  // Only same-site paths; the server action checks again.
  const redirectTo = callback ? safeRedirectPath(callback) : undefined;
  const [{ messages }, { signInMessages }] = await Promise.all([texts(messagesCatalogue), texts(signInCatalogue)]);
  const t = messages.auth;
  const methods = signInMethods();
  // Refusals of an OpenID Connect sign-in and Auth.js's own errors arrive as ?error=<code>.
  const error = signInErrorMessage(typeof params.error === "string" ? params.error : undefined, signInMessages);
  return (
    <div className="w-full max-w-sm">
      <div className="mb-6 flex items-center justify-center gap-2 text-neutral-900 dark:text-neutral-100">
        <span className="flex size-8 items-center justify-center rounded-md bg-accent-600 text-white">
          <Cloud aria-hidden className="size-5" />
        </span>
        <span className="text-base font-semibold">{messages.app.name}</span>
      </div>
      <div className="rounded-lg border border-neutral-200 bg-white p-6 shadow-sm dark:border-neutral-800 dark:bg-neutral-900">
        <h1 className="text-lg font-semibold">{t.title}</h1>
        <p className="mb-5 mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t.subtitle}</p>
        {error ? (
          <div
            role="alert"
            className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
          >
            {error}
          </div>
        ) : null}
        {methods.oidc ? <OidcSignInButton provider={methods.oidc.name} redirectTo={redirectTo} primary={!methods.password} /> : null}
        {methods.oidc && methods.password ? (
          <p className="my-4 flex items-center gap-3 text-xs text-neutral-500 before:h-px before:flex-1 before:bg-neutral-200 after:h-px after:flex-1 after:bg-neutral-200 dark:text-neutral-400 dark:before:bg-neutral-800 dark:after:bg-neutral-800">
            {signInMessages.or}
          </p>
        ) : null}
        {methods.password ? <SignInForm redirectTo={redirectTo} labels={{ email: t.email, password: t.password, submit: t.submit, submitting: t.submitting }} /> : null}
      </div>
      {env().PORTAL_MODE === "local" && methods.password ? <DemoAccounts /> : null}
    </div>
  );
}
