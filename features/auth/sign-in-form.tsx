"use client";

import { LogIn } from "lucide-react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { signInAction, type SignInState } from "@/server/actions/auth";

const initial: SignInState = { error: null, email: "" };

/**
 * E-mail and password, sent to the sign-in action. Its few texts come from the page (in the request's
 * language), so the sign-in page loads no catalogue (docs/decisions/0040-first-load-js.md).
 */
export function SignInForm({ redirectTo, labels }: { redirectTo?: string; labels: { email: string; password: string; submit: string; submitting: string } }) {
  const [state, action, pending] = useActionState(signInAction, initial);
  const t = labels;
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
