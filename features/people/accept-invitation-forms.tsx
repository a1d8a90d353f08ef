"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { PASSWORD_MAX, PERSON_NAME_MAX } from "@/lib/people-limits";
import { acceptInvitationAction, createAccountAction, type AcceptState } from "@/server/actions/invitations";
import { peopleCatalogue } from "@/lib/i18n/catalogues/messages-people";
import { useTexts } from "@/components/i18n/locale-provider";

const initial: AcceptState = { error: null };

/** A signed-in person joins with one click. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const { inviteMessages: t } = useTexts(peopleCatalogue);
  const [state, action, pending] = useActionState(acceptInvitationAction, initial);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {state.error ? <Alert tone="danger" role="alert">{state.error}</Alert> : null}
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? t.accepting : t.accept}
      </Button>
    </form>
  );
}

/** Someone new chooses a name and a password; the server checks both again. */
export function NewAccountForm({ token }: { token: string }) {
  const { inviteMessages: t } = useTexts(peopleCatalogue);
  const [state, action, pending] = useActionState(createAccountAction, initial);
  const fields = state.fields ?? {};
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {state.error ? <Alert tone="danger" role="alert">{state.error}</Alert> : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="invite-name">{t.name}</Label>
        <Input id="invite-name" name="name" autoComplete="name" required maxLength={PERSON_NAME_MAX} aria-invalid={fields.name ? true : undefined} aria-describedby={fields.name ? "invite-name-error" : undefined} />
        {fields.name ? (
          <p id="invite-name-error" className="text-xs text-red-700 dark:text-red-400">
            {fields.name.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="invite-password">{t.password}</Label>
        <Input
          id="invite-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX}
          aria-invalid={fields.password ? true : undefined}
          aria-describedby={fields.password ? "invite-password-error invite-password-hint" : "invite-password-hint"}
        />
        <p id="invite-password-hint" className="text-xs text-neutral-600 dark:text-neutral-400">
          {t.passwordHint}
        </p>
        {fields.password ? (
          <p id="invite-password-error" className="text-xs text-red-700 dark:text-red-400">
            {fields.password.join(" ")}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? t.accepting : t.create}
      </Button>
    </form>
  );
}
