"use client";

import { CheckCircle2, LifeBuoy, RefreshCw, RotateCcw, Undo2 } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { OperationItem } from "@/features/clusters/operation-item";
import type { OperationDto } from "@/features/clusters/operation-types";
import { formatDateTime } from "@/lib/format";
import type { SettingKey, SettingsView } from "@/lib/settings-api";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";

/** Live progress of the running apply or Recover, per resource (the operation's steps). */
export function ApplyProgress({ operationId, timeZone, onFinished }: { operationId: string; timeZone: string; onFinished: (status: OperationDto["status"]) => void }) {
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  const initial: OperationDto = { id: operationId, kind: "cluster.apply-settings", status: "QUEUED", progress: 0, steps: [], error: null, createdAt: new Date().toISOString() };
  return (
    <Card aria-labelledby="apply-progress-heading" data-testid="apply-progress">
      <CardHeader id="apply-progress-heading" title={t.progressTitle} />
      <ul aria-live="polite">
        <OperationItem key={operationId} initial={initial} timeZone={timeZone} onFinished={onFinished} />
      </ul>
    </Card>
  );
}

export function AppliedNotice() {
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  return (
    <div role="status" data-testid="settings-applied" className="flex items-start gap-2.5 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2.5 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-200">
      <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div>
        <p className="font-medium">{t.appliedTitle}</p>
        <p>{t.appliedBody}</p>
      </div>
    </div>
  );
}

/** The last failed apply: the property Azure refused and why, with Retry and Revert. */
export function FailureNotice({ failure, canEdit, busy, onRetry, onRevert }: { failure: NonNullable<SettingsView["lastFailure"]>; canEdit: boolean; busy: boolean; onRetry: () => void; onRevert: () => void }) {
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  return (
    <Alert tone="danger" title={t.failedTitle} data-testid="settings-failure">
      {failure.resource || failure.property ? <p className="font-medium">{t.failedProperty(failure.resource ?? "", failure.property ?? "")}</p> : null}
      <p>
        <span className="font-mono text-xs">{failure.code}</span>: {failure.message}
      </p>
      <p className="mt-1">{t.failedBody}</p>
      {canEdit ? (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button size="sm" onClick={onRetry} disabled={busy}>
            <RotateCcw aria-hidden />
            {t.retry}
          </Button>
          <Button size="sm" onClick={onRevert} disabled={busy}>
            <Undo2 aria-hidden />
            {t.revert}
          </Button>
        </div>
      ) : null}
    </Alert>
  );
}

export function DriftNotice({ view, timeZone, busy, onRecover }: { view: SettingsView; timeZone: string; busy: boolean; onRecover: () => void }) {
  const { SETTING_LABELS } = useTexts(settingsCatalogue);
  const locale = useLocale();
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  const drifted = (Object.entries(view.settings) as [SettingKey, SettingsView["settings"][SettingKey]][]).filter(([, state]) => state?.drift);
  const components = view.driftedComponents ?? [];
  if (drifted.length === 0 && components.length === 0) return null;
  return (
    <Alert tone="warning" title={t.driftTitle} data-testid="settings-drift">
      <p>{t.driftBody(drifted.length, view.driftCheckedAt ? formatDateTime(view.driftCheckedAt, timeZone, "—", locale) : "—")}</p>
      {drifted.length ? <p className="mt-0.5">{drifted.map(([key]) => SETTING_LABELS[key]).join(", ")}</p> : null}
      {components.length ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs" aria-label={t.driftComponents}>
          {components.map((component) => (
            <li key={component.component}>
              <span className="font-medium">{component.component}</span>
              {component.missing ? ` · ${t.driftMissing}` : component.properties.length ? <span className="font-mono"> · {component.properties.join(", ")}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {view.canRecover ? (
        <Button size="sm" className="mt-2" onClick={onRecover} disabled={busy}>
          <LifeBuoy aria-hidden />
          {busy ? t.recovering : t.recover}
        </Button>
      ) : null}
    </Alert>
  );
}

export function ConflictNotice({ onReload, busy }: { onReload: () => void; busy: boolean }) {
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  return (
    <Alert tone="warning" title={t.conflictTitle} data-testid="settings-conflict">
      <p>{t.conflictBody}</p>
      <Button size="sm" className="mt-2" onClick={onReload} disabled={busy}>
        <RefreshCw aria-hidden />
        {t.reload}
      </Button>
    </Alert>
  );
}
