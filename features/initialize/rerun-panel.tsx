"use client";

import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { useTexts } from "@/components/i18n/locale-provider";
import { postJson } from "@/lib/api-client";
import { initializeCatalogue } from "@/lib/i18n/catalogues/messages-initialize";

export function RerunPanel({
  clusterId,
  lastError,
  failed,
  rerunCount,
  highlighted,
}: {
  clusterId: string;
  lastError: { code?: string; message?: string } | null;
  failed: { label: string; name: string; error: { code?: string; message?: string } | null }[];
  rerunCount: number;
  highlighted: boolean;
}) {
  const { rerunMessages: t } = useTexts(initializeCatalogue);
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function rerun() {
    setBusy(true);
    setError(null);
    try {
      await postJson(`/api/v1/clusters/${clusterId}/rerun`, {});
      router.push(`/clusters/${clusterId}`);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }
  return (
    <Card aria-labelledby="rerun-heading" className={highlighted ? "ring-2 ring-accent-600/30" : undefined}>
      <CardHeader id="rerun-heading" title={t.failedTitle} description={t.ticketHint(rerunCount)} />
      <CardBody className="space-y-3">
        {lastError?.code ? (
          <p className="font-mono text-xs text-red-800 dark:text-red-200">
            {lastError.code}: {lastError.message}
          </p>
        ) : null}
        <ul aria-label={t.failedComponents} className="space-y-1 text-sm">
          {failed.map((component) => (
            <li key={component.name} data-testid="failed-component">
              <span className="font-medium">{component.label}</span> <span className="font-mono text-xs">{component.name}</span>
              {component.error?.code ? <span className="ml-1 font-mono text-xs">[{component.error.code}]</span> : null}
              {component.error?.message ? <span className="block text-neutral-600 dark:text-neutral-400">{component.error.message}</span> : null}
            </li>
          ))}
        </ul>
        {error ? <Alert tone="danger">{error}</Alert> : null}
        <Button variant="primary" onClick={rerun} disabled={busy}>
          <RotateCcw aria-hidden />
          {busy ? t.starting : t.rerun}
        </Button>
      </CardBody>
    </Card>
  );
}
