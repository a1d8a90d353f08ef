"use client";

import { LogIn } from "lucide-react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { useTexts } from "@/components/i18n/locale-provider";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { signInAction, type SignInState } from "@/server/actions/auth";

const initial: SignInState = { error: null, email: "" };

export function SignInForm({ redirectTo }: { redirectTo?: string }) {
  const [state, action, pending] = useActionState(signInAction, initial);
  const t = useTexts(messagesCatalogue).messages.auth;
  return (
    <form action={action} className="space-y-4" noValidate={false}>
      {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
      {state.error ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
        >
          {state.error}
        </div>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="email">{t.email}</Label>
        <Input
          key={`email-${state.email}`}
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={state.error ? true : undefined}
          className="h-9"
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="password">{t.password}</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.error ? true : undefined}
          className="h-9"
        />
      </div>
      <Button type="submit" variant="primary" className="h-9 w-full" disabled={pending}>
        <LogIn aria-hidden />
        {pending ? t.submitting : t.submit}
      </Button>
    </form>
  );
}
