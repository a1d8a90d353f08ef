"use client";

import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ApiError, apiJson } from "@/lib/api-client";

/**
 * The operations card's header with the Refresh status action. Starting a refresh draws the page
 * again from the server, where the new operation is listed (and followed live while it runs).
 * Its texts come from the server, so it carries no catalogue.
 */
export function RefreshStatusHeader({
  clusterId,
  title,
  refreshLabel,
  refreshFailed,
  running,
}: {
  clusterId: string;
  title: string;
  refreshLabel: string;
  refreshFailed: string;
  /** A refresh of this cluster is queued or running. */
  running: boolean;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [redrawing, startRedraw] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);

  async function refresh() {
    setBusy(true);
    setFailure(null);
    try {
      await apiJson<{ operationId: string }>(`/api/v1/clusters/${clusterId}/refresh`, { method: "POST" }, refreshFailed);
      startRedraw(() => router.refresh());
    } catch (error) {
      setFailure(error instanceof ApiError && error.status !== 0 ? error.message : refreshFailed);
    } finally {
      setBusy(false);
    }
  }

  const spinning = busy || redrawing || running;
  return (
    <>
      <CardHeader
        id="operations-heading"
        title={title}
        actions={
          <Button size="sm" onClick={refresh} disabled={busy || redrawing} aria-busy={spinning}>
            <RefreshCw aria-hidden className={cn(spinning && "animate-spin")} />
            {refreshLabel}
          </Button>
        }
      />
      {failure ? (
        <p role="alert" className="border-b border-neutral-200 px-4 py-2 text-sm text-red-700 dark:border-neutral-800 dark:text-red-300">
          {failure}
        </p>
      ) : null}
    </>
  );
}
