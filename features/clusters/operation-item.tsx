"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { operationsCatalogue } from "@/lib/i18n/catalogues/messages-operations";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { usePolling } from "@/lib/use-polling";
import { isActiveOperation, type OperationDto } from "./operation-types";
import { OperationRow, operationRowTexts } from "./operation-row";

/**
 * One operation as it runs: polls it while it is queued or running and calls `onFinished` once when
 * it ends. The lists on the cluster pages draw finished operations on the server
 * (./operations-panel.tsx) and only running ones with this.
 */
export function OperationItem({ initial, timeZone, onFinished }: { initial: OperationDto; timeZone: string; onFinished: (status: OperationDto["status"]) => void }) {
  const { data } = usePolling<OperationDto>(`/api/v1/operations/${initial.id}`, 1000, {
    enabled: isActiveOperation(initial.status),
    initialData: initial,
    stopWhen: (latest) => !isActiveOperation(latest.status),
  });
  const { operationMessages } = useTexts(operationsCatalogue);
  const { statusMessages } = useTexts(statusCatalogue);
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

  return <OperationRow operation={operation} texts={operationRowTexts(operation, operationMessages, statusMessages, timeZone, locale)} />;
}

/** A running operation in a server-drawn list: when it ends, the page is drawn again from the server. */
export function LiveOperation({ initial, timeZone }: { initial: OperationDto; timeZone: string }) {
  const router = useRouter();
  return <OperationItem initial={initial} timeZone={timeZone} onFinished={() => router.refresh()} />;
}
