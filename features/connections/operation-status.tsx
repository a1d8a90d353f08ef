"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Progress } from "@/components/ui/progress";
import { usePolling } from "@/lib/use-polling";
import { StepList } from "../clusters/operations-panel";
import { errorMessage, isActiveOperation, type OperationDto } from "../clusters/operation-types";
import { connectionsCatalogue } from "@/lib/i18n/catalogues/messages-connections";
import { useTexts } from "@/components/i18n/locale-provider";

/** Follows a connection operation until it ends, then reloads the page's data once. */
export function OperationStatus({ operationId, runningText, doneText }: { operationId: string; runningText: string; doneText: string }) {
  const { connectionMessages: t } = useTexts(connectionsCatalogue);
  const router = useRouter();
  const refreshed = useRef(false);
  const { data: operation } = usePolling<OperationDto>(`/api/v1/operations/${operationId}`, 1000, { stopWhen: (op) => !isActiveOperation(op.status) });
  const status = operation?.status ?? "QUEUED";
  useEffect(() => {
    if (!isActiveOperation(status) && !refreshed.current) {
      refreshed.current = true;
      router.refresh();
    }
  }, [status, router]);
  return (
    <div className="space-y-2" aria-live="polite">
      {isActiveOperation(status) ? <Progress value={operation?.progress ?? 0} label={runningText} tone="accent" /> : null}
      {operation?.steps.length ? <StepList steps={operation.steps} /> : null}
      {status === "SUCCEEDED" ? <Alert tone="info">{doneText}</Alert> : null}
      {status === "FAILED" ? (
        <Alert tone="danger" title={t.operationFailed}>
          {errorMessage(operation?.error)}
        </Alert>
      ) : null}
    </div>
  );
}
