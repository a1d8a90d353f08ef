"use client";

import { useTexts } from "@/components/i18n/locale-provider";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import { apiFetch } from "@/lib/api-client";
import { ACCEPTED_EXTENSIONS, attachmentMessages, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/attachment-limits";
import { SEVERITIES } from "@/lib/support-severity";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { useOpenTicket } from "./use-open-ticket";

export interface ClusterChoice {
  id: string;
  name: string;
  environments: { id: string; name: string }[];
}

const ACCEPT = ACCEPTED_EXTENSIONS.join(",");

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-xs text-red-700 dark:text-red-400">
      {messages.join(" ")}
    </p>
  );
}

const textarea =
  "min-h-40 w-full rounded-md border border-neutral-300 bg-white px-2.5 py-2 text-sm text-neutral-900 shadow-xs focus-visible:border-accent-600 focus-visible:outline-2 focus-visible:outline-accent-600/40 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100";

/** The "Open a Ticket" form: JSON to POST /api/v1/tickets, then the files as multipart. */
export function OpenTicketForm({ clusters, fixedClusterId }: { clusters: ClusterChoice[]; fixedClusterId?: string }) {
  const id = useId();
  const { RESPONSE_TARGET_LABEL, SEVERITY_LABEL, supportMessages } = useTexts(supportCatalogue);
  const t = supportMessages.form;
  const [clusterId, setClusterId] = useState(fixedClusterId ?? (clusters.length === 1 ? clusters[0].id : ""));
  const { fields, setFields, error, busy, openTicket } = useOpenTicket(t);
  const environments = clusters.find((cluster) => cluster.id === clusterId)?.environments ?? [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const files = (form.getAll("files") as File[]).filter((file) => file.size > 0 || file.name);
    const fileProblems: string[] = [];
    if (files.length > MAX_ATTACHMENTS) fileProblems.push(attachmentMessages.tooMany);
    for (const file of files) {
      if (file.size > MAX_ATTACHMENT_BYTES) fileProblems.push(attachmentMessages.tooLarge(file.name));
      if (!ACCEPTED_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension))) fileProblems.push(attachmentMessages.notAccepted(file.name));
    }
    if (fileProblems.length) {
      setFields({ files: fileProblems });
      return;
    }
    const input = {
      clusterId,
      environmentId: form.get("environmentId") || null,
      subject: form.get("subject") ?? "",
      description: form.get("description") ?? "",
      severity: form.get("severity") ?? undefined,
      shareLogs: form.get("shareLogs") === "on",
      environmentAccess: form.get("environmentAccess") === "on",
    };
    // The files go up once the ticket exists; a refused upload still lands on the ticket, which says so.
    void openTicket(input, async (ticket) => {
      if (!files.length) return null;
      const upload = new FormData();
      for (const file of files) upload.append("files", file);
      const uploaded = await apiFetch(`/api/v1/tickets/${ticket.id}/attachments`, { method: "POST", body: upload }).then(
        () => true,
        () => false,
      );
      return uploaded ? null : `/support/${ticket.number}?attachments=rejected`;
    });
  }

  const err = (name: string) => (fields[name]?.length ? { "aria-invalid": true, "aria-describedby": `${id}-${name}-error` } : {});

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {error ? <Alert tone="danger" title={error} role="alert" /> : null}
      {fixedClusterId ? null : (
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-cluster`}>{t.cluster}</Label>
          <Select id={`${id}-cluster`} name="clusterId" value={clusterId} onChange={(event) => setClusterId(event.target.value)} required {...err("clusterId")}>
            <option value="">{t.chooseCluster}</option>
            {clusters.map((cluster) => (
              <option key={cluster.id} value={cluster.id}>
                {cluster.name}
              </option>
            ))}
          </Select>
          <FieldError id={`${id}-clusterId-error`} messages={fields.clusterId} />
        </div>
      )}
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-environment`}>{t.environment}</Label>
        <Select id={`${id}-environment`} name="environmentId" defaultValue="" {...err("environmentId")}>
          <option value="">{t.noEnvironment}</option>
          {environments.map((environment) => (
            <option key={environment.id} value={environment.id}>
              {environment.name}
            </option>
          ))}
        </Select>
        <FieldError id={`${id}-environmentId-error`} messages={fields.environmentId} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-subject`}>{t.subject}</Label>
        <Input id={`${id}-subject`} name="subject" maxLength={200} required {...err("subject")} />
        <FieldError id={`${id}-subject-error`} messages={fields.subject} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-description`}>{t.description}</Label>
        <textarea id={`${id}-description`} name="description" className={textarea} required {...err("description")} />
        <p className="text-xs text-neutral-600 dark:text-neutral-400">{t.markdownHint}</p>
        <FieldError id={`${id}-description-error`} messages={fields.description} />
      </div>
      <fieldset className="flex flex-col gap-1" {...err("severity")}>
        <legend className="mb-1 text-xs font-medium text-neutral-700 dark:text-neutral-300">{t.severity}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {SEVERITIES.map((severity) => (
            <label key={severity} className="flex items-start gap-2 rounded-md border border-neutral-200 p-2 text-sm dark:border-neutral-800">
              <input type="radio" name="severity" value={severity} defaultChecked={severity === "MEDIUM"} className="mt-1" />
              <span>
                <span className="font-medium">{SEVERITY_LABEL[severity]}</span>
                <span className="block text-xs text-neutral-600 dark:text-neutral-400">{t.firstResponse(RESPONSE_TARGET_LABEL[severity])}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id={`${id}-severity-error`} messages={fields.severity} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`${id}-files`}>{t.attachments}</Label>
        <input id={`${id}-files`} name="files" type="file" multiple accept={ACCEPT} className="text-sm" {...err("files")} />
        <p className="text-xs text-neutral-600 dark:text-neutral-400">{attachmentMessages.hint}</p>
        <FieldError id={`${id}-files-error`} messages={fields.files} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-xs font-medium text-neutral-700 dark:text-neutral-300">{t.consentLegend}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="shareLogs" defaultChecked className="mt-1" aria-describedby={`${id}-shareLogs-hint`} />
          <span>
            <span className="font-medium">{t.shareLogs}</span>
            <span id={`${id}-shareLogs-hint`} className="block text-xs text-neutral-600 dark:text-neutral-400">
              {t.shareLogsHint}
            </span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="environmentAccess" className="mt-1" aria-describedby={`${id}-environmentAccess-hint`} />
          <span>
            <span className="font-medium">{t.environmentAccess}</span>
            <span id={`${id}-environmentAccess-hint`} className="block text-xs text-neutral-600 dark:text-neutral-400">
              {t.environmentAccessHint}
            </span>
          </span>
        </label>
      </fieldset>
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? t.submitting : t.submit}
      </Button>
    </form>
  );
}
