"use client";

import { LogOut } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { ApiError, postJson } from "@/lib/api-client";
import { usePolling } from "@/lib/use-polling";
import { OperationOutcome } from "../clusters/operation-outcome";
import { isActiveOperation, type OperationDto } from "../clusters/operation-types";
import { offboardingCatalogue } from "@/lib/i18n/catalogues/messages-offboarding";
import { useTexts } from "@/components/i18n/locale-provider";

/** Type the cluster's name, start off-boarding, then follow the operation's steps until it ends. */
export function OffboardForm({ clusterId, clusterName }: { clusterId: string; clusterName: string }) {
  const { offboardingMessages: t } = useTexts(offboardingCatalogue);
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [operationId, setOperationId] = useState<string | null>(null);
  const { data: operation } = usePolling<OperationDto>(`/api/v1/operations/${operationId}`, 1000, {
    enabled: operationId !== null,
    stopWhen: (op) => !isActiveOperation(op.status),
  });

  async function submit() {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await postJson<{ operationId: string }>(`/api/v1/clusters/${clusterId}/offboard`, { confirmName: typed });
      setOperationId(answer.operationId);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.fieldMessages() : t.failed);
      setBusy(false);
    }
  }

  if (operationId) {
    return (
      <OperationOutcome
        operation={operation}
        runningText={t.running}
        failedTitle={t.operationFailed}
        done={
          <Alert tone="info" title={t.done}>
            <a href="/clusters" className="font-medium underline">
              {t.backToList}
            </a>
          </Alert>
        }
      />
    );
  }

  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (typed === clusterName) void submit();
      }}
    >
      <div className="flex max-w-sm flex-col gap-1">
        <Label htmlFor="offboard-confirm">{t.confirmLabel(clusterName)}</Label>
        <Input id="offboard-confirm" autoComplete="off" spellCheck={false} value={typed} onChange={(event) => setTyped(event.target.value.replace(/\0/g, ""))} />
      </div>
      {failure ? <Alert tone="danger">{failure}</Alert> : null}
      <Button type="submit" variant="danger" disabled={typed !== clusterName || busy} aria-busy={busy}>
        <LogOut aria-hidden />
        {busy ? t.submitting : t.submit}
      </Button>
    </form>
  );
}
