"use client";

import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, postJson } from "@/lib/api-client";
import { useFollowedOperation } from "../clusters/use-followed-operation";
import { complianceCatalogue } from "@/lib/i18n/catalogues/messages-compliance";
import { useTexts } from "@/components/i18n/locale-provider";

/** Starts a check (or follows the one running) and shows the new report once it has finished. */
export function RecheckButton({ clusterId, runningOperationId }: { clusterId: string; runningOperationId: string | null }) {
  const { complianceMessages: t } = useTexts(complianceCatalogue);
  // A finished check: the server page reads the new report.
  const { follow, current, busy } = useFollowedOperation(runningOperationId);
  const [failure, setFailure] = useState<string | null>(null);

  async function recheck() {
    setFailure(null);
    try {
      follow((await postJson<{ operationId: string }>(`/api/v1/clusters/${clusterId}/compliance/check`, {})).operationId);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : t.recheckFailed);
    }
  }

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
