"use client";

import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import { ApiError, postJson } from "@/lib/api-client";
import type { InvitationSent } from "@/lib/invitations";
import { MEMBER_ROLES } from "@/lib/people-limits";
import { useIdlePreload } from "@/components/ui/use-idle-preload";
import { zodFields } from "@/lib/zod-fields";
import { peopleCatalogue } from "@/lib/i18n/catalogues/messages-people";
import { useTexts } from "@/components/i18n/locale-provider";

/** The input's schema (and zod) load after the page, not with it (docs/decisions/0040-first-load-js.md). */
const loadSchema = () => import("@/lib/invitations").then((module) => module.ZInvite);

/** E-mail and role of a new invitation; POST to the organisation's invitations. */
export function InviteForm({ orgId, onSent }: { orgId: string; onSent: (sent: InvitationSent) => void }) {
  const { peopleMessages: t } = useTexts(peopleCatalogue);
  const id = useId();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  useIdlePreload(loadSchema);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const checked = (await loadSchema()).safeParse({ email: String(form.get("email") ?? ""), role: String(form.get("role") ?? "") });
    if (!checked.success) {
      setFields(zodFields(checked.error));
      setError(t.checkFields);
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      onSent(await postJson<InvitationSent>(`/api/v1/organizations/${orgId}/invitations`, checked.data));
      element.reset();
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      setFields(apiError?.fields ?? {});
      setError(apiError?.message ?? String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        {t.inviteHeading}
      </h2>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <div className="flex flex-wrap items-start gap-4">
        <div className="flex min-w-64 flex-col gap-1">
          <Label htmlFor={`${id}-email`}>{t.email}</Label>
          <Input id={`${id}-email`} name="email" type="email" autoComplete="off" maxLength={254} required aria-invalid={Boolean(fields.email)} aria-describedby={fields.email ? `${id}-email-error` : undefined} />
          {fields.email ? (
            <p id={`${id}-email-error`} className="text-xs text-red-700 dark:text-red-400">
              {fields.email.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-role`}>{t.role}</Label>
          <Select id={`${id}-role`} name="role" defaultValue="MEMBER" aria-describedby={`${id}-role-hint`}>
            {MEMBER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t.roleLabel[role]}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="primary" disabled={busy} className="mt-5">
          {busy ? t.inviting : t.invite}
        </Button>
      </div>
      <p id={`${id}-role-hint`} className="text-xs text-neutral-600 dark:text-neutral-400">
        {t.roleHint}
      </p>
    </form>
  );
}
