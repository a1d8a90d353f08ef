"use client";

import { Providers } from "@/components/providers";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ExternalLink, Paperclip, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, Properties } from "@/components/ui/card";
import { Label, Select } from "@/components/ui/input";
import { ApiError, apiJson } from "@/lib/api-client";
import { formatBytes, formatDateTime } from "@/lib/format";
import type { TicketView } from "@/server/store/tickets";
import { codeBlockMessages } from "@/lib/messages-code-blocks";
import { Markdown } from "./markdown";
import { STATUS_LABEL, staffTargets } from "@/lib/ticket-status";
import { BreachBadge, SeverityBadge, TicketStatusBadge } from "./ticket-badges";

type Status = keyof typeof STATUS_LABEL;


const textarea =
  "min-h-28 w-full rounded-md border border-neutral-300 bg-white px-2.5 py-2 text-sm text-neutral-900 shadow-xs focus-visible:border-accent-600 focus-visible:outline-2 focus-visible:outline-accent-600/40 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100";

async function send(url: string, init: RequestInit) {
  try {
    return await apiJson<{ ticket: TicketView }>(url, init, "Something went wrong.");
  } catch (error) {
    throw error instanceof ApiError ? new Error(error.fieldMessages()) : error;
  }
}

/** The ticket page: conversation, status, SLA clock, Refresh, reply box; staff controls for staff. */
function TicketDetailInner({ initial, timeZone, diagnosticsHref, attachmentsRejected = false }: { initial: TicketView; timeZone: string; diagnosticsHref?: string; attachmentsRejected?: boolean }) {
  const id = useId();
  const queryClient = useQueryClient();
  const key = ["ticket", initial.id];
  const query = useQuery({
    queryKey: key,
    queryFn: async () => (await send(`/api/v1/tickets/${initial.id}`, { cache: "no-store" })).ticket as TicketView,
    initialData: initial,
    staleTime: 30_000,
  });
  const ticket = query.data;
  const staff = ticket.viewer.staff;
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  const [status, setStatus] = useState<Status | "">("");

  const onSuccess = (json: { ticket: TicketView }) => queryClient.setQueryData(key, json.ticket);
  const reply = useMutation({
    mutationFn: () => send(`/api/v1/tickets/${ticket.id}/comments`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ body, internal }) }),
    onSuccess: (json) => {
      onSuccess(json);
      setBody("");
      setInternal(false);
    },
  });
  const update = useMutation({
    mutationFn: (input: { status?: Status; assignToMe?: boolean }) => send(`/api/v1/tickets/${ticket.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }),
    onSuccess: (json) => {
      onSuccess(json);
      setStatus("");
    },
  });
  const upload = useMutation({
    mutationFn: (files: FileList) => {
      const form = new FormData();
      for (const file of Array.from(files)) form.append("files", file);
      return send(`/api/v1/tickets/${ticket.id}/attachments`, { method: "POST", body: form });
    },
    onSuccess: () => query.refetch(),
  });

  const submitReply = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) reply.mutate();
  };
  const targets = staffTargets(ticket.status as Status);
  const closed = ticket.status === "CLOSED";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-neutral-900 dark:text-neutral-50">
            #{ticket.number} {ticket.subject}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="ticket-state">
            <TicketStatusBadge status={ticket.status as Status} />
            <SeverityBadge severity={ticket.severity} />
            {ticket.breached ? <BreachBadge /> : null}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {ticket.externalUrl ? (
            <a href={ticket.externalUrl} target="_blank" rel="noopener noreferrer" className="inline-flex h-8 items-center gap-1.5 rounded-md border border-neutral-300 px-3 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
              <ExternalLink aria-hidden className="size-4" />
              Go to ticket
            </a>
          ) : null}
          {diagnosticsHref ? (
            <Link href={diagnosticsHref} className="inline-flex h-8 items-center rounded-md border border-neutral-300 px-3 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
              Cluster diagnostics
            </Link>
          ) : null}
          <Button onClick={() => query.refetch()} disabled={query.isFetching} aria-label="Refresh">
            <RefreshCw aria-hidden className={query.isFetching ? "animate-spin" : undefined} />
            Refresh
          </Button>
        </div>
      </div>
      {attachmentsRejected ? (
        <Alert tone="warning" title="The ticket was opened, but the attachments were not accepted.">
          Add them again under Attachments: up to 5 files of at most 5 MB each (.txt, .log, .json, .png, .jpg, .pdf, .zip).
        </Alert>
      ) : null}
      {query.isError ? <Alert tone="danger" title="The ticket could not be refreshed." /> : null}

      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-4">
          <Card aria-labelledby={`${id}-description`}>
            <CardHeader id={`${id}-description`} title="Description" description={`${ticket.creator} · ${formatDateTime(ticket.createdAt, timeZone)}`} />
            <CardBody>
              <Markdown text={ticket.description} />
            </CardBody>
          </Card>

          <Card aria-labelledby={`${id}-conversation`}>
            <CardHeader id={`${id}-conversation`} title="Conversation" />
            <CardBody>
              {ticket.comments.length === 0 ? (
                <p className="text-sm text-neutral-600 dark:text-neutral-400">No replies yet.</p>
              ) : (
                <ol className="space-y-3" aria-label="Replies">
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
                        {comment.authorKind === "STAFF" ? <Badge tone="blue">Support</Badge> : null}
                        {comment.internal ? <Badge tone="amber">Internal note</Badge> : null}
                        <span>{formatDateTime(comment.createdAt, timeZone)}</span>
                      </div>
                      <Markdown text={comment.body} />
                    </li>
                  ))}
                </ol>
              )}
              {closed ? (
                <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">This ticket is closed. Open a new ticket if you still need help.</p>
              ) : (
                <form onSubmit={submitReply} className="mt-4 space-y-2">
                  <Label htmlFor={`${id}-reply`}>{staff && internal ? "Internal note" : "Reply"}</Label>
                  <textarea id={`${id}-reply`} value={body} onChange={(event) => setBody(event.target.value)} className={textarea} />
                  {reply.isError ? <Alert tone="danger" role="alert" title={(reply.error as Error).message} /> : null}
                  <div className="flex items-center justify-between gap-2">
                    {staff ? (
                      <label className="flex items-center gap-2 text-sm">
                        <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
                        Internal note (staff only)
                      </label>
                    ) : (
                      <span />
                    )}
                    <Button type="submit" variant="primary" disabled={reply.isPending || !body.trim()}>
                      {staff && internal ? "Add note" : "Send reply"}
                    </Button>
                  </div>
                </form>
              )}
            </CardBody>
          </Card>

          {ticket.logs ? (
            <Card aria-labelledby={`${id}-logs`}>
              <CardHeader id={`${id}-logs`} title="Recent logs" description="Collected automatically when the ticket was opened; secrets are removed." />
              <CardBody>
                <details>
                  <summary className="cursor-pointer text-sm">Show logs</summary>
                  <pre role="region" aria-label={codeBlockMessages.ticketLogs} tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded-md bg-neutral-100 p-2 font-mono text-xs dark:bg-neutral-800">{JSON.stringify(ticket.logs, null, 2)}</pre>
                </details>
              </CardBody>
            </Card>
          ) : null}
        </div>

        <div className="space-y-4">
          <Card aria-labelledby={`${id}-details`}>
            <CardHeader id={`${id}-details`} title="Details" />
            <CardBody>
              <Properties
                items={[
                  { label: "Status", value: STATUS_LABEL[ticket.status as Status] },
                  { label: "Organisation", value: ticket.org.name },
                  { label: "Cluster", value: ticket.cluster?.name ?? "—" },
                  { label: "Environment", value: ticket.environment?.name ?? "—" },
                  { label: "Creator", value: ticket.creator },
                  { label: "Assignee", value: ticket.assignee?.name ?? "Not yet picked up" },
                  {
                    label: "First response due",
                    value: ticket.firstResponseDueAt ? (
                      <span data-testid="sla">
                        {formatDateTime(ticket.firstResponseDueAt, timeZone)}
                        {ticket.sla === "breached" ? " · breached" : ticket.sla === "met" ? " · met" : ""}
                      </span>
                    ) : (
                      "Reasonable effort"
                    ),
                  },
                  { label: "Last update", value: formatDateTime(ticket.lastActivityAt, timeZone) },
                ]}
              />
            </CardBody>
          </Card>

          {staff ? (
            <Card aria-labelledby={`${id}-staff`}>
              <CardHeader id={`${id}-staff`} title="Work this ticket" />
              <CardBody className="space-y-3">
                <Button onClick={() => update.mutate({ assignToMe: true })} disabled={update.isPending}>
                  Assign to me
                </Button>
                {targets.length ? (
                  <form
                    className="flex items-end gap-2"
                    onSubmit={(event) => {
                      event.preventDefault();
                      if (status) update.mutate({ status });
                    }}
                  >
                    <div className="flex flex-1 flex-col gap-1">
                      <Label htmlFor={`${id}-status`}>Change status</Label>
                      <Select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as Status)}>
                        <option value="">Choose…</option>
                        {targets.map((target) => (
                          <option key={target} value={target}>
                            {STATUS_LABEL[target]}
                          </option>
                        ))}
                      </Select>
                    </div>
                    <Button type="submit" variant="primary" disabled={!status || update.isPending}>
                      Update status
                    </Button>
                  </form>
                ) : null}
                {update.isError ? <Alert tone="danger" role="alert" title={(update.error as Error).message} /> : null}
              </CardBody>
            </Card>
          ) : null}

          <Card aria-labelledby={`${id}-attachments`}>
            <CardHeader id={`${id}-attachments`} title="Attachments" />
            <CardBody className="space-y-2">
              {ticket.attachments.length === 0 ? <p className="text-sm text-neutral-600 dark:text-neutral-400">No attachments.</p> : null}
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
                  <Label htmlFor={`${id}-upload`}>Add files</Label>
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
