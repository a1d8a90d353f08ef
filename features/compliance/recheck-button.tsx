"use client";

import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, postJson } from "@/lib/api-client";
import { usePolling } from "@/lib/use-polling";
import { isActiveOperation, type OperationDto } from "../clusters/operation-types";
import { complianceCatalogue } from "@/lib/i18n/catalogues/messages-compliance";
import { useTexts } from "@/components/i18n/locale-provider";

/** Starts a check (or follows the one running) and shows the new report once it has finished. */
export function RecheckButton({ clusterId, runningOperationId }: { clusterId: string; runningOperationId: string | null }) {
  const { complianceMessages: t } = useTexts(complianceCatalogue);
  const router = useRouter();
  const [operationId, setOperationId] = useState<string | null>(runningOperationId);
  const [failure, setFailure] = useState<string | null>(null);
  const { data: operation } = usePolling<OperationDto>(`/api/v1/operations/${operationId}`, 1000, {
    enabled: operationId !== null,
    stopWhen: (op) => !isActiveOperation(op.status),
  });
  // The operation polled is this button's current one only once its answer names it.
  const current = operation && operation.id === operationId ? operation : undefined;
  const finished = current !== undefined && !isActiveOperation(current.status);

  useEffect(() => {
    // A finished check: the server page reads the new report.
    if (finished) router.refresh();
  }, [finished, router]);

  async function recheck() {
    setFailure(null);
    try {
      setOperationId((await postJson<{ operationId: string }>(`/api/v1/clusters/${clusterId}/compliance/check`, {})).operationId);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : t.recheckFailed);
    }
  }

  const busy = operationId !== null && !finished;
  const shown = failure ?? (current?.status === "FAILED" ? t.recheckFailed : null);
  return (
    <div className="flex items-center gap-2">
      {shown ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          {shown}
        </span>
      ) : null}
      <Button onClick={recheck} disabled={busy} aria-busy={busy}>
        <RefreshCw aria-hidden className={busy ? "animate-spin" : undefined} />
        {busy ? t.rechecking : t.recheck}
      </Button>
    </div>
  );
}
