"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiCall } from "@/features/environments/api-call";
import { backupsCatalogue } from "@/lib/i18n/catalogues/messages-backups";
import { useTexts } from "@/components/i18n/locale-provider";


export interface RowSnapshot {
  id: string;
  status: string;
  modelVersion: string | null;
}

/** Per-snapshot actions: download, link, restore (with confirmation), drill, delete. */
export function SnapshotRowActions({
  environmentId,
  environmentModelVersion,
  snapshot,
  manage,
  canRestore,
}: {
  environmentId: string;
  environmentModelVersion: string | null;
  snapshot: RowSnapshot;
  manage: boolean;
  canRestore: boolean;
}) {
  const { backupMessages } = useTexts(backupsCatalogue);
  const t = backupMessages;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string; url?: string } | null>(null);
  const base = `/api/v1/environments/${environmentId}/snapshots/${snapshot.id}`;
  const finished = snapshot.status === "FINISHED";
  const differs = (snapshot.modelVersion ?? "") !== (environmentModelVersion ?? "");

  async function run(url: string, init: RequestInit) {
    setPending(true);
    setMessage(null);
    const answer = await apiCall<{ operationId?: string; url?: string }>(url, { headers: { "content-type": "application/json" }, ...init }, t.requestFailed);
    setPending(false);
    if (!answer.ok) setMessage({ tone: "error", text: answer.error ?? t.requestFailed });
    else if (answer.body?.url) setMessage({ tone: "ok", text: t.actions.linkReady, url: answer.body.url });
    else {
      setMessage({ tone: "ok", text: t.started });
      router.refresh();
    }
    return answer.ok;
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap justify-end gap-1">
        {finished ? (
          <a className="btn btn-secondary btn-sm" href={`${base}/archive`} download>
            {t.actions.download}
          </a>
        ) : null}
        {finished ? (
          <Button size="sm" disabled={pending} onClick={() => run(`${base}/archive-url`, { method: "POST" })}>
            {t.actions.link}
          </Button>
        ) : null}
        {finished && canRestore ? (
          <Button size="sm" disabled={pending} onClick={() => setConfirming(true)}>
            {t.actions.restore}
          </Button>
        ) : null}
        {finished && manage ? (
          <Button size="sm" disabled={pending} onClick={() => run(`${base}/drill`, { method: "POST" })}>
            {t.actions.drill}
          </Button>
        ) : null}
        {manage && snapshot.status !== "PROCESSING" ? (
          <Button size="sm" variant="danger" disabled={pending} onClick={() => window.confirm(t.deleteConfirm) && run(base, { method: "DELETE" })}>
            {t.actions.delete}
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <div role="dialog" aria-modal="false" aria-labelledby={`restore-${snapshot.id}`} className="max-w-md rounded-md border border-neutral-300 bg-white p-3 text-left text-sm shadow dark:border-neutral-700 dark:bg-neutral-900">
          <h3 id={`restore-${snapshot.id}`} className="font-medium">
            {t.restoreConfirm.title}
          </h3>
          <p className="mt-1">{t.restoreConfirm.body}</p>
          {differs ? (
            <p role="alert" className="mt-2 text-amber-800 dark:text-amber-300">
              {t.restoreConfirm.versionWarning(snapshot.modelVersion ?? "", environmentModelVersion ?? "")}
            </p>
          ) : null}
          <div className="mt-2 flex justify-end gap-2">
            <Button size="sm" onClick={() => setConfirming(false)}>
              {t.restoreConfirm.cancel}
            </Button>
            <Button
              size="sm"
              variant="primary"
              disabled={pending}
              onClick={async () => {
                if (await run(`${base}/restore`, { method: "POST", body: JSON.stringify({ confirmModelVersion: differs }) })) setConfirming(false);
              }}
            >
              {t.restoreConfirm.confirm}
            </Button>
          </div>
        </div>
      ) : null}
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-xs text-red-700 dark:text-red-300" : "text-xs text-green-700 dark:text-green-300"}>
          {message.text}{" "}
          {message.url ? (
            <a className="break-all underline" href={message.url}>
              {message.url.split("?")[0]}
            </a>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
