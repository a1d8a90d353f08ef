"use client";

import { Check, Loader2 } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table-parts";
import type { SettingsPreview } from "@/lib/settings-api";
import { formatSettingValue } from "./format-value";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";

function json(value: unknown): string {
  if (value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The diff preview in a modal dialog (native <dialog>: focus stays inside, Escape closes):
 * every setting from → to, every Azure resource and ARM property written, the disruption, the
 * refusals, and Apply.
 */
export function ReviewDialog({
  open,
  preview,
  loading,
  applying,
  error,
  onCancel,
  onApply,
}: {
  open: boolean;
  preview: SettingsPreview | null;
  loading: boolean;
  applying: boolean;
  error: ReactNode;
  onCancel: () => void;
  onApply: () => void;
}) {
  const { NETWORK_MODE_NAMES, SETTING_LABELS } = useTexts(settingsCatalogue);
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const modeMoves = preview && preview.networkMode.from !== preview.networkMode.to;
  return (
    <dialog
      ref={ref}
      aria-labelledby="review-title"
      onCancel={(event) => {
        event.preventDefault();
        if (!applying) onCancel();
      }}
      className="m-auto w-[min(56rem,calc(100vw-1rem))] max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-lg border border-neutral-200 bg-white p-0 text-neutral-900 shadow-xl backdrop:bg-neutral-950/50 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <h2 id="review-title" className="text-base font-semibold">
          {t.previewTitle}
        </h2>
      </div>
      <div className="space-y-4 px-4 py-3" aria-busy={loading}>
        {loading || !preview ? (
          <p className="flex items-center gap-2 text-sm text-neutral-600 dark:text-neutral-400" role="status">
            <Loader2 aria-hidden className="size-4 animate-spin" />
            {t.previewLoading}
          </p>
        ) : (
          <>
            {modeMoves ? (
              <Alert tone="warning" title={t.networkModeMoves(NETWORK_MODE_NAMES[preview.networkMode.from], NETWORK_MODE_NAMES[preview.networkMode.to])} data-testid="preview-network-warning">
                {preview.networkMode.warnings.length ? (
                  <ul className="list-disc space-y-1 pl-5">
                    {preview.networkMode.warnings.map((warning) => (
                      <li key={warning}>{warning}</li>
                    ))}
                  </ul>
                ) : null}
              </Alert>
            ) : null}

            {preview.refusals.length ? (
              <Alert tone="danger" title={t.previewRefusals} data-testid="preview-refusals">
                <ul className="list-disc space-y-1 pl-5">
                  {preview.refusals.map((refusal) => (
                    <li key={`${refusal.key}-${refusal.code}`}>
                      <span className="font-medium">{SETTING_LABELS[refusal.key] ?? refusal.key}</span>: {refusal.message}
                    </li>
                  ))}
                </ul>
                <p className="mt-1">{t.previewRefusalsHint}</p>
              </Alert>
            ) : null}

            <section aria-labelledby="preview-settings-heading">
              <h3 id="preview-settings-heading" className="mb-1 text-sm font-semibold">
                {t.previewSettings}
              </h3>
              <Table aria-labelledby="preview-settings-heading">
                <THead>
                  <TR>
                    <TH>{t.previewColumns.setting}</TH>
                    <TH>{t.previewColumns.from}</TH>
                    <TH>{t.previewColumns.to}</TH>
                  </TR>
                </THead>
                <TBody>
                  {preview.changes.map((change) => (
                    <TR key={change.key}>
                      <TD className="font-medium">{SETTING_LABELS[change.key] ?? change.key}</TD>
                      <TD className="break-all">{formatSettingValue(change.key, change.from, locale)}</TD>
                      <TD className="break-all">{formatSettingValue(change.key, change.to, locale)}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            </section>

            <section aria-labelledby="preview-resources-heading">
              <h3 id="preview-resources-heading" className="mb-1 text-sm font-semibold">
                {t.previewResources}
              </h3>
              {preview.resources.length === 0 ? (
                <p className="text-sm text-neutral-600 dark:text-neutral-400">{t.previewNoResources}</p>
              ) : (
                <ul className="space-y-3">
                  {preview.resources.map((resource) => (
                    <li key={`${resource.armId}-${resource.method}`} className="rounded-md border border-neutral-200 p-3 dark:border-neutral-800" data-testid="preview-resource">
                      <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                        {resource.component}
                        <Badge tone={resource.method === "DELETE" ? "red" : "blue"} className="font-mono">
                          {resource.method}
                        </Badge>
                      </p>
                      <p className="mt-0.5 break-all font-mono text-xs text-neutral-600 dark:text-neutral-400">{resource.armId}</p>
                      {resource.properties.length ? (
                        <ul className="mt-2 space-y-0.5 font-mono text-xs">
                          {resource.properties.map((property) => (
                            <li key={property.path} className="break-all">
                              <span className="text-neutral-700 dark:text-neutral-300">{property.path}</span>: <span className="text-red-700 line-through decoration-1 dark:text-red-300">{json(property.from)}</span>{" "}
                              <span aria-hidden>→</span> <span className="text-emerald-700 dark:text-emerald-300">{json(property.to)}</span>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      <p className="mt-2 text-xs">
                        <span className="font-medium">{t.previewDisruption}: </span>
                        {resource.disruption ?? t.previewNoDisruption}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
        {error}
      </div>
      <div className="flex flex-wrap justify-end gap-2 border-t border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <Button onClick={onCancel} disabled={applying}>
          {t.cancel}
        </Button>
        <Button variant="primary" onClick={onApply} disabled={!preview?.canApply || applying || loading}>
          {applying ? <Loader2 aria-hidden className="animate-spin" /> : <Check aria-hidden />}
          {applying ? t.applying : t.apply}
        </Button>
      </div>
    </dialog>
  );
}
