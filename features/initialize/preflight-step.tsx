"use client";

import { CheckCircle2, Circle, Loader2, XCircle } from "lucide-react";
import { useTexts } from "@/components/i18n/locale-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { initializeCatalogue } from "@/lib/i18n/catalogues/messages-initialize";
import type { PreflightCheck } from "@/lib/preflight";

const STATUS_ICON = {
  pending: <Circle aria-hidden className="size-4 text-neutral-400" />,
  running: <Loader2 aria-hidden className="size-4 animate-spin text-accent-600" />,
  done: <CheckCircle2 aria-hidden className="size-4 text-emerald-600" />,
  failed: <XCircle aria-hidden className="size-4 text-red-600" />,
};

function PreflightRow({ check, onRegister, registering }: { check: PreflightCheck; onRegister: () => void; registering: boolean }) {
  const { initializeMessages: t, PREFLIGHT_LABELS } = useTexts(initializeCatalogue);
  // A row still running has no message of its own yet.
  const message = check.status === "running" ? t.checking : check.message;
  return (
    <li className="flex gap-3 py-2.5" data-testid={`preflight-${check.id}`} data-status={check.status}>
      <span className="mt-0.5">{STATUS_ICON[check.status]}</span>
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-neutral-900 dark:text-neutral-100">
          {PREFLIGHT_LABELS[check.id]} <span className="ml-1 text-xs font-normal text-neutral-600 dark:text-neutral-400">{t.status[check.status]}</span>
        </p>
        {message ? <p className="text-sm text-neutral-700 dark:text-neutral-300">{message}</p> : null}
        {check.status === "failed" && check.fixHint ? <pre className="mt-1 whitespace-pre-wrap rounded bg-neutral-100 px-2 py-1 font-mono text-xs text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200">{check.fixHint}</pre> : null}
        {check.status === "failed" && check.action === "registerProviders" ? (
          <Button size="sm" className="mt-1.5" onClick={onRegister} disabled={registering}>
            {registering ? t.registering : t.registerProviders}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

/** Step 1: the pre-flight checks against the customer's subscription, with a one-click fix where the portal has one. */
export function PreflightStep({
  region,
  checks,
  error,
  registering,
  onRunAgain,
  onRegister,
  onNext,
}: {
  region: string;
  checks: PreflightCheck[];
  error: string | null;
  registering: boolean;
  onRunAgain: () => void;
  onRegister: () => void;
  onNext: () => void;
}) {
  const { initializeMessages: t } = useTexts(initializeCatalogue);
  return (
    <Card aria-labelledby="preflight-heading">
      <CardHeader
        id="preflight-heading"
        title={t.preflightTitle}
        description={t.preflightDescription(region)}
        actions={
          <Button size="sm" onClick={onRunAgain}>
            {t.runAgain}
          </Button>
        }
      />
      <CardBody>
        {error ? <Alert tone="danger">{error}</Alert> : null}
        <ul className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-live="polite">
          {checks.map((check) => (
            <PreflightRow key={check.id} check={check} registering={registering} onRegister={onRegister} />
          ))}
        </ul>
        <div className="mt-3 flex justify-end">
          <Button variant="primary" disabled={!checks.every((check) => check.status === "done")} onClick={onNext}>
            {t.toSettings}
          </Button>
        </div>
      </CardBody>
    </Card>
  );
}
