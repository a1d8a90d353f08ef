"use client";

import { Play } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Properties } from "@/components/ui/properties";
import { settingsResolver, toFormValues, useSettingsErrorTexts, validSettings, type SettingsFormValues } from "@/features/settings/form";
import { formatSettingValue } from "@/features/settings/format-value";
import { SettingField } from "@/features/settings/setting-fields";
import { SettingGroups } from "@/features/settings/setting-groups";
import { NetworkModeNotice } from "@/features/settings/setting-markers";
import { ApiError, postJson } from "@/lib/api-client";
import { DEFAULT_CLUSTER_SETTINGS, type ClusterSettings } from "@/lib/cluster-settings";
import { initializeCatalogue } from "@/lib/i18n/catalogues/messages-initialize";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { networkModeOf } from "@/lib/messages-settings";
import { PREFLIGHT_ORDER, type PreflightCheck, type PreflightResult } from "@/lib/preflight";
import type { SettingsErrorTexts } from "@/lib/settings-errors";
import { INITIALIZATION_ONLY_SETTINGS, SETTING_GROUPS, type SettingKey } from "@/lib/settings-api";
import { PreflightStep } from "./preflight-step";
import { clearDraft, loadDraft, saveDraft, stepFrom, stepHref, stepToShow, WIZARD_STEPS, type WizardStep } from "./wizard-steps";

const runningChecks = (): PreflightCheck[] => PREFLIGHT_ORDER.map((id) => ({ id, label: id, status: "running", message: "" }));

export function InitializeWizard({ clusterId, region }: { clusterId: string; region: string }) {
  const { initializeMessages: t } = useTexts(initializeCatalogue);
  const router = useRouter();
  const pathname = usePathname();
  const asked = stepFrom(useSearchParams().get("step"));
  const [checks, setChecks] = useState<PreflightCheck[]>(runningChecks);
  const [vmSizes, setVmSizes] = useState<string[]>([]);
  const [preflightError, setPreflightError] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  // The inputs live here, above the steps: a step's fields unmount, their values stay.
  const form = useForm<SettingsFormValues, SettingsErrorTexts, ClusterSettings>({
    resolver: settingsResolver,
    context: useSettingsErrorTexts(),
    defaultValues: toFormValues(DEFAULT_CLUSTER_SETTINGS),
    mode: "onTouched",
  });
  const values = useWatch({ control: form.control }) as SettingsFormValues;
  const settings = useMemo(() => validSettings(values), [values]);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const preflightOk = checks.every((check) => check.status === "done");
  const preflightSettled = checks.every((check) => check.status !== "running");
  const step = stepToShow(asked, { preflightOk, settingsOk: settings !== null });
  const go = useCallback((to: WizardStep, how: "push" | "replace" = "push") => router[how](stepHref(pathname, to)), [router, pathname]);

  useEffect(() => {
    // What was typed before a reload (sessionStorage, this cluster only), then every change kept.
    const draft = loadDraft(clusterId);
    if (draft) form.reset(draft);
    return form.subscribe({ formState: { values: true }, callback: ({ values: current }) => saveDraft(clusterId, current) });
  }, [clusterId, form]);

  // Sets state only after the request (the first run starts with every row Running).
  async function fetchChecks(options: { registerProviders?: boolean } = {}) {
    try {
      const result = await postJson<PreflightResult>(`/api/v1/clusters/${clusterId}/preflight`, { nodeVmSize: form.getValues("nodeVmSize"), ...options });
      setPreflightError(null);
      setChecks(result.checks);
      setVmSizes(result.vmSizes);
    } catch (error) {
      setPreflightError((error as Error).message);
      setChecks((current) => current.map((check) => ({ ...check, status: "pending", message: "" })));
    }
  }
  const runChecks = (options: { registerProviders?: boolean } = {}) => {
    setPreflightError(null);
    setChecks(runningChecks());
    return fetchChecks(options);
  };

  useEffect(() => {
    // The first run, when the page opens (after a kept draft is back, so its node size is checked).
    let live = true;
    postJson<PreflightResult>(`/api/v1/clusters/${clusterId}/preflight`, { nodeVmSize: form.getValues("nodeVmSize") })
      .then((result) => {
        if (!live) return;
        setChecks(result.checks);
        setVmSizes(result.vmSizes);
      })
      .catch((error: Error) => {
        if (!live) return;
        setPreflightError(error.message);
        setChecks((current) => current.map((check) => ({ ...check, status: "pending", message: "" })));
      });
    return () => {
      live = false;
    };
  }, [clusterId, form]);

  useEffect(() => {
    // A URL ahead of what the person may see: it becomes the step that needs attention (with its errors).
    if (asked !== "preflight" && preflightSettled && !preflightOk) go("preflight", "replace");
    else if (asked === "review" && preflightOk && !settings) {
      go("settings", "replace");
      void form.trigger();
    }
  }, [asked, preflightSettled, preflightOk, settings, go, form]);

  async function initialize() {
    if (!settings) return;
    setSubmitting(true);
    setSubmitError(null);
    try {
      await postJson<{ operationId: string }>(`/api/v1/clusters/${clusterId}/initialize`, settings);
      clearDraft(clusterId);
      router.push(`/clusters/${clusterId}`);
      router.refresh();
    } catch (error) {
      setSubmitError((error as Error).message);
      setSubmitting(false);
      if (error instanceof ApiError && error.fields) {
        for (const [key, messages] of Object.entries(error.fields)) form.setError(key.split(".")[0] as SettingKey, { type: "server", message: messages.join(" ") });
        go("settings");
      }
    }
  }

  const toReview = form.handleSubmit(() => {
    setSubmitError(null);
    go("review");
  });
  const invalid = form.formState.isSubmitted && Object.keys(form.formState.errors).length > 0;

  return (
    <div className="space-y-4">
      <ol className="flex flex-wrap gap-2 text-sm" aria-label={t.stepsLabel}>
        {WIZARD_STEPS.map((id) => (
          <li key={id} aria-current={step === id ? "step" : undefined} className={step === id ? "font-semibold text-accent-700 dark:text-accent-300" : "text-neutral-600 dark:text-neutral-400"}>
            {t.steps[id]}
          </li>
        ))}
      </ol>

      {step === "preflight" ? (
        <PreflightStep
          region={region}
          checks={checks}
          error={preflightError}
          registering={registering}
          onRunAgain={() => void runChecks()}
          onRegister={async () => {
            setRegistering(true);
            await runChecks({ registerProviders: true });
            setRegistering(false);
          }}
          onNext={() => go("settings")}
        />
      ) : null}

      {step === "settings" ? (
        <Card aria-labelledby="options-heading">
          <CardHeader id="options-heading" title={t.settingsTitle} description={t.settingsDescription} />
          <CardBody>
            <FormProvider {...form}>
              <form
                noValidate
                aria-labelledby="options-heading"
                className="space-y-5"
                onSubmit={(event) => {
                  event.preventDefault();
                  void toReview();
                }}
              >
                <NetworkModeNotice current={networkModeOf(values.loadBalancer, values.networkIsolated)} next={networkModeOf(values.loadBalancer, values.networkIsolated)} internalNow={values.loadBalancer === "internal"} isolatedNow={values.networkIsolated} fresh />
                <SettingGroups variant="fieldsets" show={() => true} render={(key) => <SettingField settingKey={key} context={{ vmSizes }} />} />
                {invalid ? <Alert tone="danger">{t.settingsInvalid}</Alert> : null}
                {submitError ? <Alert tone="danger">{submitError}</Alert> : null}
                <div className="flex justify-between">
                  <Button onClick={() => go("preflight")}>{t.back}</Button>
                  <Button type="submit" variant="primary">
                    {t.toReview}
                  </Button>
                </div>
              </form>
            </FormProvider>
          </CardBody>
        </Card>
      ) : null}

      {step === "review" && settings ? (
        <Card aria-labelledby="review-heading">
          <CardHeader id="review-heading" title={t.reviewTitle} description={t.reviewDescription} />
          <CardBody className="space-y-3">
            <ReviewList settings={settings} />
            {submitError ? <Alert tone="danger">{submitError}</Alert> : null}
            <div className="flex justify-between">
              <Button onClick={() => go("settings")} disabled={submitting}>
                {t.back}
              </Button>
              <Button variant="primary" onClick={initialize} disabled={submitting}>
                <Play aria-hidden />
                {submitting ? t.starting : t.initialize}
              </Button>
            </div>
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}

const INIT_ONLY: readonly SettingKey[] = INITIALIZATION_ONLY_SETTINGS;

/** Every setting in the groups of the settings page, as the review step lists them. */
function ReviewList({ settings }: { settings: ClusterSettings }) {
  const { initializeMessages: t } = useTexts(initializeCatalogue);
  const { SETTING_LABELS } = useTexts(settingsCatalogue);
  const locale = useLocale();
  const items = SETTING_GROUPS.flatMap((group) => group.keys as readonly SettingKey[]).map((key) => {
    // Empty tags read "None" there too.
    const value = formatSettingValue(key, settings[key], locale);
    return { label: SETTING_LABELS[key], value: INIT_ONLY.includes(key) ? t.fixedAfterInitialization(value) : value };
  });
  return <Properties items={items} />;
}
