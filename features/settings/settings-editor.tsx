"use client";

import { Eye, Undo2 } from "lucide-react";
import { useMemo, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import type { OperationDto } from "@/features/clusters/operation-types";
import type { ClusterSettings } from "@/lib/cluster-settings";
import { networkModeOf } from "@/lib/messages-settings";
import { SETTING_GROUPS, type SettingKey, type SettingsPreview, type SettingsView } from "@/lib/settings-api";
import { ApiError } from "@/lib/api-client";
import { applySettings, fetchSettings, previewSettings, recoverCluster, revertSettings } from "./api";
import { changedSettings, fromFormValues, settingsResolver, toFormValues, useSettingsErrorTexts, type SettingsFormValues } from "./form";
import type { SettingsErrorTexts } from "@/lib/settings-errors";
import { ReviewDialog } from "./review-dialog";
import { readOnlyReasonIn } from "./format-value";
import { SettingField } from "./setting-fields";
import { SettingGroups } from "./setting-groups";
import { NetworkModeNotice, ReadOnlySetting, SettingMarkers } from "./setting-markers";
import { AppliedNotice, ApplyProgress, ConflictNotice, DriftNotice, FailureNotice } from "./settings-status";
import { approvalsCatalogue } from "@/lib/i18n/catalogues/messages-approvals";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";

const ALL_KEYS = SETTING_GROUPS.flatMap((group) => group.keys as readonly SettingKey[]);

/** The settings page's interactive part: the form, the review, apply with progress, and recovery. */
export function SettingsEditor({ clusterId, initialView, timeZone }: { clusterId: string; initialView: SettingsView; timeZone: string }) {
  const { approvalMessages } = useTexts(approvalsCatalogue);
  const { SETTING_LABELS } = useTexts(settingsCatalogue);
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  const locale = useLocale();
  const [view, setView] = useState(initialView);
  const form = useForm<SettingsFormValues, SettingsErrorTexts, ClusterSettings>({ resolver: settingsResolver, context: useSettingsErrorTexts(), defaultValues: toFormValues(initialView.desired), mode: "onTouched" });
  const [reviewing, setReviewing] = useState(false);
  const [preview, setPreview] = useState<SettingsPreview | null>(null);
  const [body, setBody] = useState<Partial<ClusterSettings> | null>(null);
  const [busy, setBusy] = useState(false);
  const [operationId, setOperationId] = useState<string | null>(initialView.runningOperationId);
  const [applied, setApplied] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);

  const visible = (key: SettingKey) => view.settings[key] !== undefined;
  const editableKeys = useMemo(() => (view.canEdit ? ALL_KEYS.filter((key) => view.settings[key]?.editable) : []), [view]);
  const running = operationId !== null;

  const values = useWatch({ control: form.control }) as SettingsFormValues;
  const changes = useMemo(() => changedSettings(fromFormValues({ ...toFormValues(view.desired), ...values }), view.desired, editableKeys), [values, view.desired, editableKeys]);
  const changeCount = Object.keys(changes).length;

  function load(next: SettingsView) {
    setView(next);
    form.reset(toFormValues(next.desired));
  }

  async function reload() {
    setBusy(true);
    try {
      load(await fetchSettings(clusterId));
      setConflict(false);
      setMessage(null);
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  /** A refusal of the API, shown where it belongs: field errors on fields, a stale version as the conflict notice. */
  function handleError(error: unknown) {
    if (error instanceof ApiError) {
      if (error.code === "version_conflict") {
        setConflict(true);
        return;
      }
      if (error.fields) {
        for (const [key, messages] of Object.entries(error.fields)) form.setError(key as SettingKey, { type: "server", message: messages.join(" ") });
      }
      setMessage(error.code === "operation_running" ? t.operationRunning : error.message);
      return;
    }
    setMessage(t.requestFailed);
  }

  const review = form.handleSubmit(async (settings) => {
    const next = changedSettings(settings, view.desired, editableKeys);
    setBody(next);
    setPreview(null);
    setDialogError(null);
    setMessage(null);
    setApplied(false);
    setReviewing(true);
    try {
      setPreview(await previewSettings(clusterId, next));
    } catch (error) {
      setReviewing(false);
      handleError(error);
    }
  });

  async function apply(patch: Partial<ClusterSettings> | null) {
    if (!patch) return;
    setBusy(true);
    setDialogError(null);
    try {
      const result = await applySettings(clusterId, patch, view.version);
      setReviewing(false);
      setMessage(result.operationId ? null : approvalMessages.requested(approvalMessages.summaries.settingsChange(Object.keys(patch).map((key) => SETTING_LABELS[key as keyof ClusterSettings]))));
      setApplied(false);
      setOperationId(result.operationId ?? null);
    } catch (error) {
      setReviewing(false);
      handleError(error);
    } finally {
      setBusy(false);
    }
  }

  async function finished(status: OperationDto["status"]) {
    try {
      // The operation's row may finish a moment before the cluster lets go of it.
      let next = await fetchSettings(clusterId);
      for (let attempt = 0; attempt < 5 && next.runningOperationId === operationId; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 400));
        next = await fetchSettings(clusterId);
      }
      load(next);
      setApplied(status === "SUCCEEDED" && next.lastFailure === null);
    } catch (error) {
      handleError(error);
    } finally {
      setOperationId(null);
    }
  }

  async function revert() {
    setBusy(true);
    try {
      load(await revertSettings(clusterId));
      setMessage(t.reverted);
    } catch (error) {
      handleError(error);
    } finally {
      setBusy(false);
    }
  }

  async function recover() {
    setBusy(true);
    try {
      setApplied(false);
      setOperationId(await recoverCluster(clusterId));
    } catch (error) {
      handleError(error);
    } finally {
      setBusy(false);
    }
  }

  /** Retry sends the change that failed: the body kept from this visit, or the pending settings. */
  function retryBody(): Partial<ClusterSettings> {
    if (body && Object.keys(body).length) return body;
    const pending = ALL_KEYS.filter((key) => view.settings[key]?.pending && view.settings[key]?.editable);
    return Object.fromEntries(pending.map((key) => [key, view.desired[key]])) as Partial<ClusterSettings>;
  }

  const nextLoadBalancer = values.loadBalancer ?? view.desired.loadBalancer ?? "public";
  const nextIsolated = values.networkIsolated ?? view.desired.networkIsolated ?? false;
  const nextMode = networkModeOf(nextLoadBalancer, nextIsolated);

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void review();
        }}
        className="space-y-4 pb-20"
        aria-label={t.previewTitle}
      >
        <Card>
          <CardBody className="space-y-3">
            <NetworkModeNotice
              current={view.networkMode}
              next={nextMode}
              internalNow={nextLoadBalancer === "internal" && view.desired.loadBalancer !== "internal"}
              isolatedNow={nextIsolated && !view.desired.networkIsolated}
            />
            {!view.canEdit ? (
              <Alert tone="info" title={t.readOnlyTitle} data-testid="settings-read-only">
                {readOnlyReasonIn(view.readOnlyReason, locale)}
              </Alert>
            ) : null}
          </CardBody>
        </Card>

        <div aria-live="polite" className="space-y-3 empty:hidden">
          {conflict ? <ConflictNotice onReload={() => void reload()} busy={busy} /> : null}
          {message ? (
            <Alert tone={message === t.reverted ? "info" : "danger"} role="alert">
              {message}
            </Alert>
          ) : null}
          {applied && !running ? <AppliedNotice /> : null}
          {!running && view.lastFailure ? <FailureNotice failure={view.lastFailure} canEdit={view.canEdit} busy={busy} onRetry={() => void apply(retryBody())} onRevert={() => void revert()} /> : null}
          {!running ? <DriftNotice view={view} timeZone={timeZone} busy={busy} onRecover={() => void recover()} /> : null}
        </div>
        {operationId ? <ApplyProgress operationId={operationId} timeZone={timeZone} onFinished={(status) => void finished(status)} /> : null}

        <SettingGroups
          variant="cards"
          show={visible}
          render={(key) => {
            const state = view.settings[key];
            if (!editableKeys.includes(key)) return <ReadOnlySetting settingKey={key} state={state} value={view.desired[key]} applied={view.applied[key]} pageReason={view.readOnlyReason} />;
            return (
              <SettingField
                settingKey={key}
                context={{ allowed: state?.allowed, customCa: view.customCa, markers: <SettingMarkers settingKey={key} state={state} applied={view.applied[key]} /> }}
              />
            );
          }}
        />

        {view.canEdit ? (
          <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center justify-end gap-2 rounded-t-lg border border-neutral-200 bg-white/95 px-4 py-3 shadow-lg backdrop-blur dark:border-neutral-800 dark:bg-neutral-900/95">
            <span className="mr-auto text-sm text-neutral-700 dark:text-neutral-300" aria-live="polite" data-testid="change-count">
              {t.changesCount(changeCount)}
            </span>
            <Button onClick={() => form.reset(toFormValues(view.desired))} disabled={changeCount === 0 || busy}>
              <Undo2 aria-hidden />
              {t.discard}
            </Button>
            <Button type="submit" variant="primary" disabled={changeCount === 0 || busy || running}>
              <Eye aria-hidden />
              {t.review}
            </Button>
          </div>
        ) : null}
      </form>
      <ReviewDialog
        open={reviewing}
        preview={preview}
        loading={reviewing && preview === null}
        applying={busy}
        error={dialogError ? <Alert tone="danger">{dialogError}</Alert> : null}
        onCancel={() => setReviewing(false)}
        onApply={() => void apply(body)}
      />
    </FormProvider>
  );
}
