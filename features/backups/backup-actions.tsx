"use client";

import { Camera, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { hasNul, NUL_MESSAGE } from "@/lib/nul";
import { apiCall } from "@/features/environments/api-call";
import { backupsCatalogue } from "@/lib/i18n/catalogues/messages-backups";
import { useTexts } from "@/components/i18n/locale-provider";


/** Take a snapshot (with a comment) and upload an archive; each starts an operation shown below. */
export function BackupActions({ environmentId, disabledReason }: { environmentId: string; disabledReason: string | null }) {
  const { backupMessages } = useTexts(backupsCatalogue);
  const t = backupMessages;
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [pending, setPending] = useState<"create" | "upload" | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const base = `/api/v1/environments/${environmentId}/snapshots`;

  async function run(kind: "create" | "upload", url: string, init: RequestInit) {
    setPending(kind);
    setMessage(null);
    const answer = await apiCall<{ operationId: string }>(url, init, t.requestFailed);
    setPending(null);
    setMessage(answer.ok ? { tone: "ok", text: t.started } : { tone: "error", text: answer.error ?? t.requestFailed });
    if (answer.ok) router.refresh();
    return answer.ok;
  }

  async function create() {
    if (hasNul(comment)) return setMessage({ tone: "error", text: NUL_MESSAGE });
    if (await run("create", base, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ comment: comment.trim() || undefined }) })) setComment("");
  }

  async function upload() {
    const chosen = file.current?.files?.[0];
    if (!chosen) return;
    if (!/\.(tar\.gz|tgz)$/i.test(chosen.name)) return setMessage({ tone: "error", text: t.errors.uploadType });
    // The file is the body as it is: the browser streams it, the portal streams it on to storage.
    if (await run("upload", `${base}/upload`, { method: "POST", headers: { "content-type": "application/gzip" }, body: chosen }) && file.current) file.current.value = "";
  }

  return (
    <div className="space-y-4 px-4 py-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-64 flex-col gap-1">
          <Label htmlFor="snapshot-comment">{t.actions.comment}</Label>
          <Input id="snapshot-comment" value={comment} maxLength={200} onChange={(event) => setComment(event.target.value)} />
        </div>
        <Button variant="primary" onClick={create} disabled={pending !== null || disabledReason !== null} aria-busy={pending === "create"} title={disabledReason ?? undefined}>
          <Camera aria-hidden />
          {t.actions.create}
        </Button>
      </div>
      {disabledReason ? <p className="text-sm text-neutral-600 dark:text-neutral-400">{disabledReason}</p> : null}
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="snapshot-file">{t.actions.uploadFile}</Label>
          <input
            id="snapshot-file"
            ref={file}
            type="file"
            accept=".tar.gz,.tgz,application/gzip"
            aria-describedby="snapshot-file-hint"
            className="text-sm file:mr-2 file:rounded-md file:border file:border-neutral-300 file:bg-white file:px-2 file:py-1 dark:file:border-neutral-700 dark:file:bg-neutral-900"
          />
          <span id="snapshot-file-hint" className="text-xs text-neutral-500 dark:text-neutral-400">
            {t.actions.uploadHint}
          </span>
        </div>
        <Button onClick={upload} disabled={pending !== null} aria-busy={pending === "upload"}>
          <Upload aria-hidden />
          {t.actions.upload}
        </Button>
      </div>
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-sm text-red-700 dark:text-red-300" : "text-sm text-green-700 dark:text-green-300"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
