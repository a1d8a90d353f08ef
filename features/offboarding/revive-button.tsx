"use client";

import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { ApiError, postJson } from "@/lib/api-client";
import { offboardingCatalogue } from "@/lib/i18n/catalogues/messages-offboarding";
import { useTexts } from "@/components/i18n/locale-provider";

/** Revive one off-boarded cluster, with the purpose the customer will read in their activity log. */
export function ReviveButton({ clusterId, clusterName }: { clusterId: string; clusterName: string }) {
  const { reviveMessages: t } = useTexts(offboardingCatalogue);
  const router = useRouter();
  const [purpose, setPurpose] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const inputId = `purpose-${clusterId}`;

  async function revive() {
    setBusy(true);
    setMessage(null);
    try {
      await postJson(`/api/v1/admin/clusters/${clusterId}/revive`, { purpose });
      setMessage(t.revived);
      router.refresh();
    } catch (error) {
      setMessage(error instanceof ApiError ? error.fieldMessages() : t.failed);
      setBusy(false);
    }
  }

  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void revive();
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={inputId}>{t.purposeLabel}</Label>
        <Input id={inputId} maxLength={500} value={purpose} onChange={(event) => setPurpose(event.target.value.replace(/\0/g, ""))} />
      </div>
      <Button type="submit" disabled={busy || purpose.trim().length < 5} aria-label={`${t.revive} ${clusterName}`}>
        <RotateCcw aria-hidden />
        {busy ? t.reviving : t.revive}
      </Button>
      {message ? (
        <p role="status" className="w-full text-xs">
          {message}
        </p>
      ) : null}
    </form>
  );
}
