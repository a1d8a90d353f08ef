"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Progress } from "@/components/ui/progress";
import { useTexts } from "@/components/i18n/locale-provider";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { StepList } from "./step-list";
import { errorMessage, isActiveOperation, type OperationDto } from "./operation-types";

/**
 * One started operation as a person follows it in place: a progress bar while it runs, its steps,
 * then what it came to (`done` on success; `failedTitle` with the operation's error on failure).
 * `operation` is undefined until the first answer: shown as queued.
 */
export function OperationOutcome({ operation, runningText, done, failedTitle }: { operation: OperationDto | undefined; runningText: string; done: ReactNode; failedTitle: string }) {
  const status = operation?.status ?? "QUEUED";
  const { statusMessages } = useTexts(statusCatalogue);
  return (
    <div className="space-y-2" aria-live="polite">
      <Progress value={operation?.progress ?? 0} label={runningText} tone={status === "FAILED" ? "danger" : status === "SUCCEEDED" ? "success" : "accent"} />
      {operation?.steps.length ? <StepList steps={operation.steps} statusLabels={statusMessages.stepStatus} /> : isActiveOperation(status) ? <p className="text-sm">{runningText}</p> : null}
      {status === "SUCCEEDED" ? done : null}
      {status === "FAILED" ? (
        <Alert tone="danger" title={failedTitle}>
          {errorMessage(operation?.error)}
        </Alert>
      ) : null}
    </div>
  );
}
