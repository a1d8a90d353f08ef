"use client";

import { CheckCircle2, Circle, Loader2, Play, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, Properties } from "@/components/ui/card";
import { settingsResolver, toFormValues, type SettingsFormValues } from "@/features/settings/form";
import { formatSettingValue } from "@/features/settings/format-value";
import { SettingField } from "@/features/settings/setting-fields";
import { SettingGroups } from "@/features/settings/setting-groups";
import { NetworkModeNotice } from "@/features/settings/setting-markers";
import { DEFAULT_CLUSTER_SETTINGS, type ClusterSettings } from "@/lib/cluster-settings";
import { networkModeOf, SETTING_LABELS } from "@/lib/messages-settings";
import { settingsPageMessages } from "@/lib/messages-settings-page";
import { INITIALIZATION_ONLY_SETTINGS, SETTING_GROUPS, type SettingKey } from "@/lib/settings-api";
import { ApiError, postJson } from "@/lib/api-client";
import { PREFLIGHT_LABELS, PREFLIGHT_ORDER, type PreflightCheck, type PreflightResult } from "@/lib/preflight";

type Step = "preflight" | "options" | "review";

const STATUS_ICON = {
  pending: <Circle aria-hidden className="size-4 text-neutral-400" />,
  running: <Loader2 aria-hidden className="size-4 animate-spin text-accent-600" />,
  done: <CheckCircle2 aria-hidden className="size-4 text-emerald-600" />,
  failed: <XCircle aria-hidden className="size-4 text-red-600" />,
};
const STATUS_TEXT = { pending: "Pending", running: "Running", done: "Done", failed: "Failed" };

function PreflightRow({ check, onRegister, registering }: { check: PreflightCheck; onRegister: () => void; registering: boolean }) {
  return (
    <li className="flex gap-3 py-2.5" data-testid={`preflight-${check.id}`} data-status={check.status}>
      <span className="mt-0.5">{STATUS_ICON[check.status]}</span>
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-neutral-900 dark:text-neutral-100">
          {check.label} <span className="ml-1 text-xs font-normal text-neutral-600 dark:text-neutral-400">{STATUS_TEXT[check.status]}</span>
        </p>
        {check.message ? <p className="text-sm text-neutral-700 dark:text-neutral-300">{check.message}</p> : null}
        {check.status === "failed" && check.fixHint ? <pre className="mt-1 whitespace-pre-wrap rounded bg-neutral-100 px-2 py-1 font-mono text-xs text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200">{check.fixHint}</pre> : null}
        {check.status === "failed" && check.action === "registerProviders" ? (
          <Button size="sm" className="mt-1.5" onClick={onRegister} disabled={registering}>
            {registering ? "Registering…" : "Register the providers"}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

export function InitializeWizard({ clusterId, region }: { clusterId: string; region: string }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>("preflight");
  const [checks, setChecks] = useState<PreflightCheck[]>(PREFLIGHT_ORDER.map((id) => ({ id, label: PREFLIGHT_LABELS[id], status: "running", message: "Checking…" })));
  const [vmSizes, setVmSizes] = useState<string[]>([]);
  const [preflightError, setPreflightError] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const form = useForm<SettingsFormValues, unknown, ClusterSettings>({ resolver: settingsResolver, defaultValues: toFormValues(DEFAULT_CLUSTER_SETTINGS), mode: "onTouched" });
  const [settings, setSettings] = useState<ClusterSettings | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const loadBalancer = useWatch({ control: form.control, name: "loadBalancer" });
  const networkIsolated = useWatch({ control: form.control, name: "networkIsolated" });

  // Sets state only after the request (the first run starts with every row Running).
  const fetchChecks = useCallback(
    async (options: { registerProviders?: boolean } = {}) => {
      try {
        const result = await postJson<PreflightResult>(`/api/v1/clusters/${clusterId}/preflight`, { nodeVmSize: form.getValues("nodeVmSize"), ...options });
        setPreflightError(null);
        setChecks(result.checks);
        setVmSizes(result.vmSizes);
      } catch (error) {
        setPreflightError((error as Error).message);
        setChecks((current) => current.map((check) => ({ ...check, status: "pending", message: "" })));
      }
    },
    [clusterId, form],
  );
  const runChecks = (options: { registerProviders?: boolean } = {}) => {
    setPreflightError(null);
    setChecks((current) => current.map((check) => ({ ...check, status: "running", message: "Checking…" })));
    return fetchChecks(options);
  };

  useEffect(() => {
    // The first run, when the page opens; later runs are explicit (buttons).
    let live = true;
    postJson<PreflightResult>(`/api/v1/clusters/${clusterId}/preflight`, { nodeVmSize: DEFAULT_CLUSTER_SETTINGS.nodeVmSize })
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
  }, [clusterId]);

  const preflightOk = checks.every((check) => check.status === "done");

  async function initialize() {
    if (!settings) return;
    setSubmitting(true);
    setSubmitError(null);
    try {
      await postJson<{ operationId: string }>(`/api/v1/clusters/${clusterId}/initialize`, settings);
      router.push(`/clusters/${clusterId}`);
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        for (const [key, messages] of Object.entries(error.fields)) form.setError(key as SettingKey, { type: "server", message: messages.join(" ") });
        setStep("options");
      }
      setSubmitError((error as Error).message);
      setSubmitting(false);
    }
  }

  const toReview = form.handleSubmit((valid) => {
    setSettings(valid);
    setSubmitError(null);
    setStep("review");
  });

  const steps: { id: Step; label: string }[] = [
    { id: "preflight", label: "1. Pre-flight checks" },
    { id: "options", label: "2. Provision options" },
    { id: "review", label: "3. Review" },
  ];

  return (
    <div className="space-y-4">
      <ol className="flex flex-wrap gap-2 text-sm" aria-label="Steps">
        {steps.map((s) => (
          <li key={s.id} aria-current={step === s.id ? "step" : undefined} className={step === s.id ? "font-semibold text-accent-700 dark:text-accent-300" : "text-neutral-600 dark:text-neutral-400"}>
            {s.label}
          </li>
        ))}
      </ol>

      {step === "preflight" ? (
        <Card aria-labelledby="preflight-heading">
          <CardHeader
            id="preflight-heading"
            title="Pre-flight checks"
            description={`Checked against your Azure subscription in ${region}.`}
            actions={
              <Button size="sm" onClick={() => void runChecks()}>
                Run the checks again
              </Button>
            }
          />
          <CardBody>
            {preflightError ? <Alert tone="danger">{preflightError}</Alert> : null}
            <ul className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-live="polite">
              {checks.map((check) => (
                <PreflightRow
                  key={check.id}
                  check={check}
                  registering={registering}
                  onRegister={async () => {
                    setRegistering(true);
                    await runChecks({ registerProviders: true });
                    setRegistering(false);
                  }}
                />
              ))}
            </ul>
            <div className="mt-3 flex justify-end">
              <Button variant="primary" disabled={!preflightOk} onClick={() => setStep("options")}>
                Next: provision options
              </Button>
            </div>
          </CardBody>
        </Card>
      ) : null}

      {step === "options" ? (
        <Card aria-labelledby="options-heading">
          <CardHeader id="options-heading" title="Provision options" description="Every option has a default; change what you need." />
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
                <NetworkModeNotice current={networkModeOf(loadBalancer, networkIsolated)} next={networkModeOf(loadBalancer, networkIsolated)} internalNow={loadBalancer === "internal"} isolatedNow={networkIsolated} fresh />
                <SettingGroups variant="fieldsets" show={() => true} render={(key) => <SettingField settingKey={key} context={{ vmSizes }} />} />
                {submitError ? <Alert tone="danger">{submitError}</Alert> : null}
                <div className="flex justify-between">
                  <Button onClick={() => setStep("preflight")}>Back</Button>
                  <Button type="submit" variant="primary">
                    Next: review
                  </Button>
                </div>
              </form>
            </FormProvider>
          </CardBody>
        </Card>
      ) : null}

      {step === "review" && settings ? (
        <Card aria-labelledby="review-heading">
          <CardHeader id="review-heading" title="Review" description="Initialization takes about 15 minutes in Azure. You can follow each component on the cluster overview." />
          <CardBody className="space-y-3">
            <Properties items={reviewItems(settings)} />
            {submitError ? <Alert tone="danger">{submitError}</Alert> : null}
            <div className="flex justify-between">
              <Button onClick={() => setStep("options")} disabled={submitting}>Back</Button>
              <Button variant="primary" onClick={initialize} disabled={submitting}>
                <Play aria-hidden />
                {submitting ? "Starting…" : "Initialize"}
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
function reviewItems(settings: ClusterSettings) {
  return SETTING_GROUPS.flatMap((group) => group.keys as readonly SettingKey[]).map((key) => {
    const value = key === "tags" && Object.keys(settings.tags).length === 0 ? settingsPageMessages.none : formatSettingValue(key, settings[key]);
    return { label: SETTING_LABELS[key], value: INIT_ONLY.includes(key) ? `${value} (fixed after initialization)` : value };
  });
}
