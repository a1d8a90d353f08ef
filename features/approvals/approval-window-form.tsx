"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { ApiError, postJson } from "@/lib/api-client";
import { approvalsCatalogue } from "@/lib/i18n/catalogues/messages-approvals";
import { useTexts } from "@/components/i18n/locale-provider";


/** Converts the browser's local date-time field to an ISO time (the field has no zone; the browser's is meant). */
function toIso(local: string): string {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** An owner's new auto-approval window; the server checks the 8-hour minimum and the rest again. */
export function ApprovalWindowForm({ clusterId }: { clusterId: string }) {
  const { approvalMessages } = useTexts(approvalsCatalogue);
  const t = approvalMessages.windows;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setResult(null);
    try {
      await postJson(`/api/v1/clusters/${clusterId}/approval-windows`, { startsAt: toIso(String(form.get("startsAt"))), endsAt: toIso(String(form.get("endsAt"))), reason: String(form.get("reason") ?? "") });
      setResult({ ok: true, text: t.added });
      router.refresh();
    } catch (error) {
      setResult({ ok: false, text: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-2 px-4 py-3" aria-label={t.add}>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="window-start">{t.startsAt}</Label>
          <Input id="window-start" name="startsAt" type="datetime-local" required />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="window-end">{t.endsAt}</Label>
          <Input id="window-end" name="endsAt" type="datetime-local" required />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="window-reason">{t.reason}</Label>
          <Input id="window-reason" name="reason" maxLength={200} required className="w-64" />
        </div>
        <Button type="submit" disabled={busy}>
          <Plus aria-hidden />
          {busy ? t.adding : t.add}
        </Button>
      </div>
      {result ? (
        <p role={result.ok ? "status" : "alert"} className={result.ok ? "text-sm text-emerald-700 dark:text-emerald-300" : "text-sm text-red-700 dark:text-red-300"}>
          {result.text}
        </p>
      ) : null}
    </form>
  );
}
