import { Progress } from "@/components/ui/progress";
import { OperationStatusBadge } from "@/components/ui/status-badge";
import { formatTimestamp, humanize } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translation } from "@/lib/i18n/translation";
import type { operationMessages } from "@/lib/messages-operations";
import type { statusMessages } from "@/lib/messages-status";
import { FinishedSteps } from "./finished-steps";
import { errorMessage, isActiveOperation, type OperationDto } from "./operation-types";
import { StepList, type StepStatusLabels } from "./step-list";

/** The texts of one operation's row, in the reader's language. */
export interface OperationRowTexts {
  kind: string;
  status: string;
  /** When it was asked for, and by whom. */
  requested: string;
  progressLabel: string;
  stepsSummary: string;
  stepStatus: StepStatusLabels;
}

/** A row's texts from the operations and status catalogues (the server's or the browser's). */
export function operationRowTexts(
  operation: OperationDto,
  t: Translation<typeof operationMessages>,
  statuses: Translation<typeof statusMessages>,
  timeZone: string,
  locale: Locale,
): OperationRowTexts {
  const kind = statuses.operationKind[operation.kind] ?? humanize(operation.kind);
  const when = formatTimestamp(operation.createdAt, timeZone, "—", locale);
  return {
    kind,
    status: statuses.operationStatus[operation.status],
    requested: operation.requestedBy ? `${when} · ${t.operationBy(operation.requestedBy)}` : when,
    progressLabel: t.progressLabel(kind),
    stepsSummary: t.stepsSummary(operation.steps.length),
    stepStatus: statuses.stepStatus,
  };
}

/**
 * One operation in a list: a running or failed one with its progress and steps, a finished one with
 * its steps folded. No state: the server draws finished operations with it, a running one's client
 * row (./operation-item.tsx) draws each answer of its polling with it.
 */
export function OperationRow({ operation, texts }: { operation: OperationDto; texts: OperationRowTexts }) {
  const active = isActiveOperation(operation.status);
  const error = errorMessage(operation.error);
  const progress = operation.status === "SUCCEEDED" ? 100 : operation.progress;
  return (
    <li className="px-4 py-3" data-operation-id={operation.id} data-status={operation.status}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 items-center gap-2">
          <span className="font-medium">{texts.kind}</span>
          <OperationStatusBadge status={operation.status} label={texts.status} />
        </div>
        <span className="text-xs text-neutral-600 dark:text-neutral-400">{texts.requested}</span>
      </div>
      {active || operation.status === "FAILED" ? (
        <>
          <div className="mt-2 flex items-center gap-3">
            <Progress value={progress} label={texts.progressLabel} tone={operation.status === "FAILED" ? "danger" : "accent"} className="flex-1" />
            <span className="w-9 text-right text-xs tabular-nums text-neutral-600 dark:text-neutral-400">{progress}%</span>
          </div>
          {operation.steps.length > 0 ? <StepList steps={operation.steps} statusLabels={texts.stepStatus} /> : null}
        </>
      ) : operation.steps.length > 0 ? (
        <FinishedSteps operationId={operation.id} steps={operation.steps} summary={texts.stepsSummary} statusLabels={texts.stepStatus} />
      ) : null}
      {error ? (
        <p className="mt-2 text-xs text-red-700 dark:text-red-300" role={active ? undefined : "status"}>
          {error}
        </p>
      ) : null}
    </li>
  );
}
