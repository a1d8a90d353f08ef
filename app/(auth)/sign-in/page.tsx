import { Cloud } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/features/auth/sign-in-form";
import { DemoAccounts } from "@/features/auth/demo-accounts";
import { messages } from "@/lib/messages";
import { currentActor } from "@/server/auth/actor";
import { env } from "@/server/env";
import { safeRedirectPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: messages.auth.title };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  if (await currentActor()) redirect("/clusters");
  const params = await searchParams;
  const callback = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  // Only same-site paths; the server action checks again.
  const redirectTo = callback ? safeRedirectPath(callback) : undefined;
  const t = messages.auth;
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
        <SignInForm redirectTo={redirectTo} />
      </div>
      {env().PORTAL_MODE === "local" ? <DemoAccounts /> : null}
    </div>
  );
}
