"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, postJson } from "@/lib/api-client";
import type { AlertGroup } from "@/lib/alert-rules";
import { useTexts } from "@/components/i18n/locale-provider";
import { monitoringCatalogue } from "@/lib/i18n/catalogues/messages-monitoring";
import { useFollowedOperation } from "../clusters/use-followed-operation";

/** Switches one rule on or off in Azure (an operation), then shows the state Azure has. */
export function RuleToggle({ clusterId, group, alert, label, enabled }: { clusterId: string; group: AlertGroup; alert: string; label: string; enabled: boolean }) {
  const { monitoringMessages: t } = useTexts(monitoringCatalogue);
  // A finished change: the server page reads the rule's state from Azure again.
  const { follow, current, busy } = useFollowedOperation();
  const [failure, setFailure] = useState<string | null>(null);

  async function toggle() {
    setFailure(null);
    try {
      const started = await postJson<{ operationId: string }>(`/api/v1/clusters/${clusterId}/alert-rules/toggle`, { group, alert, enabled: !enabled });
      follow(started.operationId);
    } catch (error) {
      setFailure(error instanceof ApiError && error.status !== 0 ? error.message : t.unreachable);
    }
  }

  const shown = failure ?? (current?.status === "FAILED" ? t.toggleFailed : null);
  return (
    <span className="flex flex-wrap items-center justify-end gap-2">
      {shown ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {shown}
        </span>
      ) : null}
      <Button size="sm" onClick={toggle} disabled={busy} aria-busy={busy} aria-label={enabled ? t.disableRule(label) : t.enableRule(label)}>
        {busy ? t.working : enabled ? t.disable : t.enable}
      </Button>
    </span>
  );
}
