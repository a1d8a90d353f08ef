"use client";

import { LifeBuoy } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import { useTexts } from "@/components/i18n/locale-provider";
import { overviewCatalogue } from "@/lib/i18n/catalogues/messages-overview";
import { SEVERITIES } from "@/lib/support-severity";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { useOpenTicket } from "@/features/support/use-open-ticket";

const textarea =
  "min-h-40 w-full rounded-md border border-neutral-300 bg-white px-2.5 py-2 font-mono text-xs text-neutral-900 shadow-xs focus-visible:border-accent-600 focus-visible:outline-2 focus-visible:outline-accent-600/40 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100";

/** "Open a ticket" on a failed cluster: the support form, prefilled with the failure, in place. */
export function FailureTicket({ clusterId, subject, description, primary }: { clusterId: string; subject: string; description: string; primary: boolean }) {
  const t = useTexts(overviewCatalogue).overviewMessages.failed;
  const { SEVERITY_LABEL } = useTexts(supportCatalogue);
  const id = useId();
  const [open, setOpen] = useState(false);
  const { fields, error, busy, openTicket } = useOpenTicket(t);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void openTicket({ clusterId, environmentId: null, subject: form.get("subject") ?? "", description: form.get("description") ?? "", severity: form.get("severity") ?? undefined });
  }

  if (!open)
    return (
      <Button variant={primary ? "primary" : "secondary"} onClick={() => setOpen(true)} aria-expanded={false} aria-controls={`${id}-form`}>
        <LifeBuoy aria-hidden />
        {t.openTicket}
      </Button>
    );

  const invalid = (name: string) => (fields[name]?.length ? { "aria-invalid": true, "aria-describedby": `${id}-${name}-error` } : {});
  const fieldError = (name: string) =>
    fields[name]?.length ? (
      <p id={`${id}-${name}-error`} className="text-xs text-red-700 dark:text-red-300">
        {fields[name].join(" ")}
      </p>
    ) : null;

  return (
    <form id={`${id}-form`} onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="mt-3 w-full space-y-3 rounded-md border border-red-200 bg-white p-3 text-neutral-900 dark:border-red-900 dark:bg-neutral-950 dark:text-neutral-100">
      <h3 id={`${id}-heading`} className="font-semibold">
        {t.ticketHeading}
      </h3>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-subject`}>{t.subject}</Label>
        <Input id={`${id}-subject`} name="subject" defaultValue={subject} required {...invalid("subject")} />
        {fieldError("subject")}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-description`}>{t.description}</Label>
        <textarea id={`${id}-description`} name="description" defaultValue={description} className={textarea} required {...invalid("description")} />
        {fieldError("description")}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-severity`}>{t.severity}</Label>
        <Select id={`${id}-severity`} name="severity" defaultValue="HIGH" className="w-40" {...invalid("severity")}>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {SEVERITY_LABEL[severity]}
            </option>
          ))}
        </Select>
        {fieldError("severity")}
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
          {busy ? t.sending : t.send}
        </Button>
        <Button onClick={() => setOpen(false)} disabled={busy}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
