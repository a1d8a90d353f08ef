"use client";

import { Alert } from "@/components/ui/alert";
import { OperationOutcome } from "../clusters/operation-outcome";
import { useFollowedOperation } from "../clusters/use-followed-operation";
import { connectionsCatalogue } from "@/lib/i18n/catalogues/messages-connections";
import { useTexts } from "@/components/i18n/locale-provider";

/** Follows a connection operation until it ends, then reloads the page's data once. */
export function OperationStatus({ operationId, runningText, doneText }: { operationId: string; runningText: string; doneText: string }) {
  const { connectionMessages: t } = useTexts(connectionsCatalogue);
  const { current } = useFollowedOperation(operationId);
  return <OperationOutcome operation={current} runningText={runningText} done={<Alert tone="info">{doneText}</Alert>} failedTitle={t.operationFailed} />;
}
