"use client";

import { Pause, Play } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { postJson } from "@/lib/api-client";
import { updatesCatalogue } from "@/lib/i18n/catalogues/messages-updates";
import { useTexts } from "@/components/i18n/locale-provider";


/** Pause or resume one rollout. */
export function RolloutActions({ releaseId, version, paused }: { releaseId: string; version: string; paused: boolean }) {
  const { updatesMessages } = useTexts(updatesCatalogue);
  const t = updatesMessages.admin;
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    setPending(true);
    setError(null);
    try {
      await postJson(`/api/v1/admin/releases/${encodeURIComponent(releaseId)}/rollout`, { action: paused ? "resume" : "pause" });
      router.refresh();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="flex items-center gap-2">
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
      <Button size="sm" disabled={pending} onClick={() => void toggle()} aria-label={`${paused ? t.resume : t.pause} ${version}`}>
        {paused ? <Play aria-hidden /> : <Pause aria-hidden />}
        {paused ? t.resume : t.pause}
      </Button>
    </div>
  );
}
