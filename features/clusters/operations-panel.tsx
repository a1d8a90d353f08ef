"use client";

import { CheckCircle2, Circle, CircleDashed, Loader2, RefreshCw, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Progress } from "@/components/ui/progress";
import { OperationStatusBadge } from "@/components/ui/status-badge";
import { ApiError, apiJson } from "@/lib/api-client";
import { formatTimestamp, humanize } from "@/lib/format";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { operationsCatalogue } from "@/lib/i18n/catalogues/messages-operations";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { usePolling } from "@/lib/use-polling";
import { errorMessage, isActiveOperation, type OperationDto, type OperationStepDto } from "./operation-types";

function useKindLabel(): (kind: string) => string {
  const { operationKind } = useTexts(statusCatalogue).statusMessages;
  return (kind) => operationKind[kind] ?? humanize(kind);
}

/** Recent operations of a cluster, polling the unfinished ones; plus the Refresh status action. */
export function OperationsPanel({
  clusterId,
  initial,
  timeZone,
  canRefresh,
}: {
  clusterId: string;
  initial: OperationDto[];
  timeZone: string;
  canRefresh: boolean;
}) {
  const { operationMessages: t } = useTexts(operationsCatalogue);
  const router = useRouter();
  const [started, setStarted] = useState<OperationDto[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const operations = [...started.filter((op) => !initial.some((known) => known.id === op.id)), ...initial];

  async function refresh() {
    setBusy(true);
    setFailure(null);
    try {
      const { operationId } = await apiJson<{ operationId: string }>(`/api/v1/clusters/${clusterId}/refresh`, { method: "POST" }, t.refreshFailed);
      setStarted((previous) => [
        { id: operationId, kind: "cluster.refresh-status", status: "QUEUED", progress: 0, steps: [], error: null, createdAt: new Date().toISOString() },
        ...previous.filter((op) => op.id !== operationId),
      ]);
    } catch (error) {
      setFailure(error instanceof ApiError && error.status !== 0 ? error.message : t.refreshFailed);
    } finally {
      setBusy(false);
    }
  }

  const refreshing = busy || started.some((op) => op.kind === "cluster.refresh-status" && isActiveOperation(op.status));

  return (
    <Card aria-labelledby="operations-heading">
      <CardHeader
        id="operations-heading"
        title={t.operations}
        actions={
          canRefresh ? (
            <Button size="sm" onClick={refresh} disabled={busy} aria-busy={refreshing}>
              <RefreshCw aria-hidden className={cn(refreshing && "animate-spin")} />
              {t.refresh}
            </Button>
          ) : null
        }
      />
      {failure ? (
        <p role="alert" className="border-b border-neutral-200 px-4 py-2 text-sm text-red-700 dark:border-neutral-800 dark:text-red-300">
          {failure}
        </p>
      ) : null}
      {operations.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-neutral-600 dark:text-neutral-400">{t.operationsEmpty}</p>
      ) : (
        <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {operations.map((operation) => (
            <OperationItem
              key={operation.id}
              initial={operation}
              timeZone={timeZone}
              onFinished={(status) => {
                setStarted((previous) => previous.map((op) => (op.id === operation.id ? { ...op, status } : op)));
                router.refresh();
              }}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

export function OperationItem({ initial, timeZone, onFinished }: { initial: OperationDto; timeZone: string; onFinished: (status: OperationDto["status"]) => void }) {
  // Polls while the operation runs; a finished one is shown as it came from the server.
  const { data } = usePolling<OperationDto>(`/api/v1/operations/${initial.id}`, 1000, {
    enabled: isActiveOperation(initial.status),
    initialData: initial,
    stopWhen: (latest) => !isActiveOperation(latest.status),
  });
  const { operationMessages: t } = useTexts(operationsCatalogue);
  const locale = useLocale();
  const operation = { ...initial, ...data, requestedBy: initial.requestedBy };
  const active = isActiveOperation(operation.status);
  const wasActive = useRef(isActiveOperation(initial.status));
  const finish = useRef(onFinished);
  useEffect(() => {
    finish.current = onFinished;
  });

  useEffect(() => {
    if (wasActive.current && !active) {
      wasActive.current = false;
      finish.current(operation.status);
    }
  }, [active, operation.status]);

  const statusLabels = useTexts(statusCatalogue).statusMessages;
  const label = useKindLabel()(operation.kind);
  const error = errorMessage(operation.error);
  const progress = operation.status === "SUCCEEDED" ? 100 : operation.progress;
  return (
    <li className="px-4 py-3" data-operation-id={operation.id} data-status={operation.status}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 items-center gap-2">
          <span className="font-medium">{label}</span>
          <OperationStatusBadge status={operation.status} label={statusLabels.operationStatus[operation.status]} />
        </div>
        <span className="text-xs text-neutral-600 dark:text-neutral-400">
          {formatTimestamp(operation.createdAt, timeZone, "—", locale)}
          {operation.requestedBy ? ` · ${t.operationBy(operation.requestedBy)}` : ""}
        </span>
      </div>
      {active || operation.status === "FAILED" ? (
        <>
          <div className="mt-2 flex items-center gap-3">
            <Progress
              value={progress}
              label={t.progressLabel(label)}
              tone={operation.status === "FAILED" ? "danger" : "accent"}
              className="flex-1"
            />
            <span className="w-9 text-right text-xs tabular-nums text-neutral-600 dark:text-neutral-400">{progress}%</span>
          </div>
          {operation.steps.length > 0 ? <StepList steps={operation.steps} /> : null}
        </>
      ) : operation.steps.length > 0 ? (
        <FinishedSteps steps={operation.steps} />
      ) : null}
      {error ? (
        <p className="mt-2 text-xs text-red-700 dark:text-red-300" role={active ? undefined : "status"}>
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** A finished operation's steps, folded; rendered only once opened (most never are, and a page has many). */
function FinishedSteps({ steps }: { steps: OperationStepDto[] }) {
  const { operationMessages: t } = useTexts(operationsCatalogue);
  const [open, setOpen] = useState(false);
  return (
    <details className="group mt-1 text-xs" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer select-none text-neutral-600 hover:text-neutral-900 dark:text-neutral-400 dark:hover:text-neutral-100">
        {t.stepsSummary(steps.length)}
      </summary>
      {open ? <StepList steps={steps} /> : null}
    </details>
  );
}

export function StepList({ steps }: { steps: OperationStepDto[] }) {
  return (
    <ol className="mt-2 grid gap-x-6 gap-y-1 text-xs sm:grid-cols-2">
      {steps.map((step, index) => (
        <StepRow key={`${index}-${step.name}`} step={step} />
      ))}
    </ol>
  );
}

function StepRow({ step }: { step: OperationStepDto }) {
  const { statusMessages } = useTexts(statusCatalogue);
  const Icon =
    step.status === "succeeded" ? CheckCircle2 : step.status === "failed" ? XCircle : step.status === "running" ? Loader2 : step.status === "skipped" ? CircleDashed : Circle;
  return (
    <li className="flex min-w-0 items-start gap-1.5" data-step-status={step.status}>
      <Icon
        aria-hidden
        className={cn(
          "mt-px size-3.5 shrink-0",
          step.status === "succeeded" && "text-emerald-600 dark:text-emerald-400",
          step.status === "failed" && "text-red-600 dark:text-red-400",
          step.status === "running" && "animate-spin text-accent-600 dark:text-accent-400",
          (step.status === "pending" || step.status === "skipped") && "text-neutral-400",
        )}
      />
      <span className="min-w-0">
        <span className={cn(step.status === "pending" && "text-neutral-500 dark:text-neutral-400")}>{step.name}</span>
        <span className="sr-only"> ({statusMessages.stepStatus[step.status] ?? step.status})</span>
        {step.detail ? <span className="block truncate text-neutral-500 dark:text-neutral-400">{step.detail}</span> : null}
      </span>
    </li>
  );
}

