"use client";

import { RefreshCw, Unplug } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError, apiJson } from "@/lib/api-client";
import { OperationStatus } from "./operation-status";
import { connectionsCatalogue } from "@/lib/i18n/catalogues/messages-connections";
import { useTexts } from "@/components/i18n/locale-provider";

/** Rescan and Disconnect of one connection; each starts an operation and follows it. */
export function ConnectionActions({ connectionId, name }: { connectionId: string; name: string }) {
  const { connectionMessages: t } = useTexts(connectionsCatalogue);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState<{ id: string; kind: "rescan" | "disconnect" } | null>(null);

  async function start(kind: "rescan" | "disconnect") {
    setBusy(true);
    setFailure(null);
    try {
      const url = kind === "rescan" ? `/api/v1/connections/${connectionId}/rescan` : `/api/v1/connections/${connectionId}`;
      const answer = await apiJson<{ operationId: string }>(url, { method: kind === "rescan" ? "POST" : "DELETE" }, t.failed);
      setRunning({ id: answer.operationId, kind });
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : t.failed);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => void start("rescan")} aria-label={`${t.rescan} ${name}`}>
          <RefreshCw aria-hidden />
          {t.rescan}
        </Button>
        {confirming ? (
          <>
            <span className="text-sm">{t.disconnectConfirm}</span>
            <Button variant="danger" size="sm" disabled={busy} onClick={() => void start("disconnect")}>
              {t.confirmDisconnect}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
              {t.cancel}
            </Button>
          </>
        ) : (
          <Button variant="secondary" size="sm" disabled={busy} onClick={() => setConfirming(true)} aria-label={`${t.disconnect} ${name}`}>
            <Unplug aria-hidden />
            {t.disconnect}
          </Button>
        )}
      </div>
      {failure ? <Alert tone="danger">{failure}</Alert> : null}
      {running ? (
        <OperationStatus
          key={running.id}
          operationId={running.id}
          runningText={running.kind === "rescan" ? t.rescanning : t.disconnecting}
          doneText={running.kind === "rescan" ? t.rescanned : t.disconnected}
        />
      ) : null}
    </div>
  );
}
