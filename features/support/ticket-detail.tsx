"use client";

import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { Providers } from "@/components/providers";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, ExternalLink, MessageSquareReply, Paperclip, RefreshCw } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Properties } from "@/components/ui/properties";
import { Label } from "@/components/ui/input";
import type { TicketStatus } from "@/generated/prisma/enums";
import { ApiError, apiJson } from "@/lib/api-client";
import { formatBytes, formatDateTime } from "@/lib/format";
import { staffCatalogue } from "@/lib/i18n/catalogues/messages-staff";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import type { TicketView } from "@/server/store/tickets";
import { Markdown } from "./markdown";
import { SlaClock } from "./sla-clock";
import { StaffWorkCard } from "./staff-work-card";
import { BreachBadge, SeverityBadge, TicketStatusBadge } from "./ticket-badges";
import { useStatusLabel } from "./use-status-label";
import { TicketLogs } from "./ticket-logs";

/** The reply box's id: the "Reply" link at the top of the page leads to it. */
const REPLY_ID = "ticket-reply";

const textarea =
  "min-h-28 w-full rounded-md border border-neutral-300 bg-white px-2.5 py-2 text-sm text-neutral-900 shadow-xs focus-visible:border-accent-600 focus-visible:outline-2 focus-visible:outline-accent-600/40 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100";
const linkButton =
  "inline-flex h-8 items-center gap-1.5 rounded-md border border-neutral-300 px-3 text-sm hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-accent-600 dark:border-neutral-700 dark:hover:bg-neutral-800";

async function send(url: string, init: RequestInit, fallback: string) {
  try {
    return await apiJson<{ ticket: TicketView }>(url, init, fallback);
  } catch (error) {
    throw error instanceof ApiError ? new Error(error.fieldMessages()) : error;
  }
}

/** The ticket page: conversation, status, SLA clock, Refresh, reply box; staff controls for staff. */
function TicketDetailInner({ initial, timeZone, now, diagnosticsHref, attachmentsRejected = false }: { initial: TicketView; timeZone: string; now: string; diagnosticsHref?: string; attachmentsRejected?: boolean }) {
  const id = useId();
  const { supportMessages, SEVERITY_LABEL } = useTexts(supportCatalogue);
  const t = supportMessages.detail;
  const locale = useLocale();
  const { staffMessages } = useTexts(staffCatalogue);
  const queryClient = useQueryClient();
  const key = ["ticket", initial.id];
  const query = useQuery({
    queryKey: key,
    queryFn: async () => (await send(`/api/v1/tickets/${initial.id}`, { cache: "no-store" }, t.somethingWrong)).ticket as TicketView,
    initialData: initial,
    staleTime: 30_000,
  });
  const ticket = query.data;
  const staff = ticket.viewer.staff;
  const audience = staff ? "staff" : "customer";
  const statusLabel = useStatusLabel(audience);
  const status = ticket.status as TicketStatus;
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);

  const onSuccess = (json: { ticket: TicketView }) => queryClient.setQueryData(key, json.ticket);
  const reply = useMutation({
    mutationFn: () => send(`/api/v1/tickets/${ticket.id}/comments`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ body, internal }) }, t.somethingWrong),
    onSuccess: (json) => {
      onSuccess(json);
      setBody("");
      setInternal(false);
    },
  });
  const update = useMutation({
    mutationFn: (input: { status?: TicketStatus; assignToMe?: boolean }) => send(`/api/v1/tickets/${ticket.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }, t.somethingWrong),
    onSuccess,
  });
  const upload = useMutation({
    mutationFn: (files: FileList) => {
      const form = new FormData();
      for (const file of Array.from(files)) form.append("files", file);
      return send(`/api/v1/tickets/${ticket.id}/attachments`, { method: "POST", body: form }, t.somethingWrong);
    },
    onSuccess: () => query.refetch(),
  });

  const submitReply = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) reply.mutate();
  };
  const closed = status === "CLOSED";

  return (
    <div className="space-y-4">
      <nav aria-label={t.ticketNavigation} className="flex flex-wrap items-center justify-between gap-2">
        <a href={staff ? "/staff/support" : "/support"} className="inline-flex items-center gap-1 text-sm text-accent-700 hover:underline dark:text-accent-300">
          <ArrowLeft aria-hidden className="size-4" />
          {staff ? t.backToQueue : t.backToCenter}
        </a>
        {closed ? null : (
          <a
            href={`#${REPLY_ID}`}
            className={linkButton}
            onClick={(event) => {
              const box = document.getElementById(REPLY_ID);
              if (!box) return;
              event.preventDefault();
              box.scrollIntoView({ block: "center" });
              box.focus();
            }}
          >
            <MessageSquareReply aria-hidden className="size-4" />
            {t.jumpToReply}
          </a>
        )}
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-neutral-900 dark:text-neutral-50">
            #{ticket.number} {ticket.subject}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="ticket-state">
            <TicketStatusBadge status={status} label={statusLabel(status)} />
            <SeverityBadge severity={ticket.severity} label={SEVERITY_LABEL[ticket.severity]} />
            {ticket.breached ? <BreachBadge label={supportMessages.breached} /> : null}
            {staff ? <SlaClock dueAt={ticket.firstResponseDueAt} respondedAt={ticket.firstRespondedAt} breached={ticket.breached} now={now} staffMessages={staffMessages} /> : null}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {ticket.externalUrl ? (
            <a href={ticket.externalUrl} target="_blank" rel="noopener noreferrer" className={linkButton}>
              <ExternalLink aria-hidden className="size-4" />
              {t.goToTicket}
            </a>
          ) : null}
          {diagnosticsHref ? (
            <a href={diagnosticsHref} className={linkButton}>
              {t.diagnostics}
            </a>
          ) : null}
          <Button onClick={() => query.refetch()} disabled={query.isFetching}>
            <RefreshCw aria-hidden className={query.isFetching ? "animate-spin" : undefined} />
            {t.refresh}
          </Button>
        </div>
      </div>
      {attachmentsRejected ? (
        <Alert tone="warning" title={t.attachmentsRejectedTitle}>
          {t.attachmentsRejectedBody}
        </Alert>
      ) : null}
      {query.isError ? <Alert tone="danger" title={t.refreshFailed} /> : null}

      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-4">
          <Card aria-labelledby={`${id}-description`}>
            <CardHeader id={`${id}-description`} title={t.description} description={`${ticket.creator} · ${formatDateTime(ticket.createdAt, timeZone, "—", locale)}`} />
            <CardBody>
              <Markdown text={ticket.description} />
            </CardBody>
          </Card>

          <Card aria-labelledby={`${id}-conversation`}>
            <CardHeader id={`${id}-conversation`} title={t.conversation} />
            <CardBody>
              {ticket.comments.length === 0 ? (
                <p className="text-sm text-neutral-600 dark:text-neutral-400">{t.noReplies}</p>
              ) : (
                <ol className="space-y-3" aria-label={t.replies}>
                  {ticket.comments.map((comment) => (
                    <li
                      key={comment.id}
                      className={
                        comment.internal
                          ? "rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/40"
                          : comment.authorKind === "STAFF"
                            ? "rounded-md border border-sky-200 bg-sky-50 p-3 dark:border-sky-900 dark:bg-sky-950/40"
                            : "rounded-md border border-neutral-200 p-3 dark:border-neutral-800"
                      }
                    >
                      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-neutral-600 dark:text-neutral-400">
                        <span className="font-medium text-neutral-900 dark:text-neutral-100">{comment.author}</span>
                        {comment.authorKind === "STAFF" ? <Badge tone="blue">{t.supportBadge}</Badge> : null}
                        {comment.internal ? <Badge tone="amber">{t.internalBadge}</Badge> : null}
                        <span>{formatDateTime(comment.createdAt, timeZone, "—", locale)}</span>
                      </div>
                      <Markdown text={comment.body} />
                    </li>
                  ))}
                </ol>
              )}
              {closed ? (
                <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">{t.closed}</p>
              ) : (
                <form onSubmit={submitReply} className="mt-4 space-y-2">
                  <Label htmlFor={REPLY_ID}>{staff && internal ? t.internalLabel : t.replyLabel}</Label>
                  <textarea id={REPLY_ID} value={body} onChange={(event) => setBody(event.target.value)} className={`${textarea} scroll-mt-24`} />
                  {reply.isError ? <Alert tone="danger" role="alert" title={(reply.error as Error).message} /> : null}
                  <div className="flex items-center justify-between gap-2">
                    {staff ? (
                      <label className="flex items-center gap-2 text-sm">
                        <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
                        {t.internalToggle}
                      </label>
                    ) : (
                      <span />
                    )}
                    <Button type="submit" variant="primary" disabled={reply.isPending || !body.trim()}>
                      {staff && internal ? t.addNote : t.sendReply}
                    </Button>
                  </div>
                </form>
              )}
            </CardBody>
          </Card>

          {ticket.logs ? (
            <Card aria-labelledby={`${id}-logs`}>
              <CardHeader id={`${id}-logs`} title={t.logsTitle} description={t.logsDescription} />
              <CardBody>
                <TicketLogs logs={ticket.logs} timeZone={timeZone} />
              </CardBody>
            </Card>
          ) : null}
        </div>

        <div className="space-y-4">
          {staff ? (
            <StaffWorkCard
              status={status}
              assignee={ticket.assignee?.name ?? null}
              isAssignee={ticket.viewer.isAssignee}
              pending={update.isPending}
              error={update.isError ? (update.error as Error).message : null}
              onUpdate={(input, done) => update.mutate(input, { onSuccess: () => done?.() })}
            />
          ) : null}

          <Card aria-labelledby={`${id}-details`}>
            <CardHeader id={`${id}-details`} title={t.details} />
            <CardBody>
              <Properties
                items={[
                  { label: t.status, value: statusLabel(status) },
                  { label: t.organisation, value: ticket.org.name },
                  { label: t.cluster, value: ticket.cluster?.name ?? "—" },
                  { label: t.environment, value: ticket.environment?.name ?? "—" },
                  { label: t.creator, value: ticket.creator },
                  { label: t.assignee, value: ticket.assignee?.name ?? t.notPickedUp },
                  {
                    label: t.firstResponseDue,
                    value: ticket.firstResponseDueAt ? (
                      <span data-testid="sla">
                        {formatDateTime(ticket.firstResponseDueAt, timeZone, "—", locale)}
                        {ticket.sla === "breached" ? ` · ${t.slaBreached}` : ticket.sla === "met" ? ` · ${t.slaMet}` : ""}
                      </span>
                    ) : (
                      t.reasonableEffort
                    ),
                  },
                  { label: t.lastUpdate, value: formatDateTime(ticket.lastActivityAt, timeZone, "—", locale) },
                  {
                    label: t.consents,
                    value: (
                      <span data-testid="consents">
                        {ticket.shareLogs ? t.logsShared : t.logsNotShared} · {ticket.environmentAccess ? t.accessAllowed : t.accessNotAllowed}
                      </span>
                    ),
                  },
                ]}
              />
              {staff && !ticket.environmentAccess ? <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">{staffMessages.work.noAccess}</p> : null}
            </CardBody>
          </Card>

          <Card aria-labelledby={`${id}-attachments`}>
            <CardHeader id={`${id}-attachments`} title={t.attachments} />
            <CardBody className="space-y-2">
              {ticket.attachments.length === 0 ? <p className="text-sm text-neutral-600 dark:text-neutral-400">{t.noAttachments}</p> : null}
              <ul className="space-y-1 text-sm">
                {ticket.attachments.map((attachment) => (
                  <li key={attachment.id} className="flex items-center gap-1.5">
                    <Paperclip aria-hidden className="size-3.5 shrink-0 text-neutral-500" />
                    <a href={`/api/v1/tickets/${ticket.id}/attachments/${attachment.id}`} className="truncate text-accent-700 hover:underline dark:text-accent-300">
                      {attachment.fileName}
                    </a>
                    <span className="text-xs text-neutral-500">{formatBytes(attachment.size)}</span>
                  </li>
                ))}
              </ul>
              {!closed && ticket.attachments.length < 5 ? (
                <div className="flex flex-col gap-1">
                  <Label htmlFor={`${id}-upload`}>{t.addFiles}</Label>
                  <input
                    id={`${id}-upload`}
                    type="file"
                    multiple
                    accept=".txt,.log,.json,.png,.jpg,.jpeg,.pdf,.zip"
                    className="text-sm"
                    onChange={(event) => {
                      if (event.target.files?.length) upload.mutate(event.target.files);
                      event.target.value = "";
                    }}
                  />
                  {upload.isError ? <Alert tone="danger" role="alert" title={(upload.error as Error).message} /> : null}
                </div>
              ) : null}
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}

/** Live data on this view comes through TanStack Query; only views that need it load it. */
export function TicketDetail(props: Parameters<typeof TicketDetailInner>[0]) {
  return (
    <Providers>
      <TicketDetailInner {...props} />
    </Providers>
  );
}
