"use client";

import { CheckCircle2, Circle, Loader2, Play, Plus, Trash2, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, Properties } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import { AKS_TIERS, DEFAULT_CLUSTER_SETTINGS, POSTGRES_SKUS, POSTGRES_TIERS, STORAGE_TIER_GIB, STORAGE_TIERS, ZClusterSettings, type ClusterSettings } from "@/lib/cluster-settings";
import { ApiError, postJson } from "./api";
import { PREFLIGHT_LABELS, PREFLIGHT_ORDER, type PreflightCheck, type PreflightResult } from "./types";

type Step = "preflight" | "options" | "review";
type FieldErrors = Record<string, string[]>;

interface FormState extends Omit<ClusterSettings, "tags" | "maxNodeCount"> {
  tags: { name: string; value: string }[];
  maxNodeCount: string;
}

const initialForm: FormState = {
  ...DEFAULT_CLUSTER_SETTINGS,
  tags: [],
  maxNodeCount: String(DEFAULT_CLUSTER_SETTINGS.maxNodeCount),
};

function toSettingsInput(form: FormState) {
  return {
    ...form,
    tags: Object.fromEntries(form.tags.filter((tag) => tag.name !== "" || tag.value !== "").map((tag) => [tag.name, tag.value])),
    maxNodeCount: Number(form.maxNodeCount),
  };
}

function validate(form: FormState): { settings: ClusterSettings | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const names = form.tags.map((tag) => tag.name);
  names.forEach((name, index) => {
    if (name !== "" && names.indexOf(name) !== index) (errors[`tags.${name}`] ??= []).push("Tag names must be unique.");
  });
  const parsed = ZClusterSettings.safeParse(toSettingsInput(form));
  if (!parsed.success) for (const issue of parsed.error.issues) (errors[issue.path.map(String).join(".") || "_"] ??= []).push(issue.message);
  return { settings: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors };
}

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

function Field({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors?: string[]; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint ? <p id={`${id}-hint`} className="text-xs text-neutral-600 dark:text-neutral-400">{hint}</p> : null}
      {errors?.length ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-300">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function InitializeWizard({ clusterId, region }: { clusterId: string; region: string }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>("preflight");
  const [checks, setChecks] = useState<PreflightCheck[]>(PREFLIGHT_ORDER.map((id) => ({ id, label: PREFLIGHT_LABELS[id], status: "running", message: "Checking…" })));
  const [vmSizes, setVmSizes] = useState<string[]>([]);
  const [preflightError, setPreflightError] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const [form, setForm] = useState<FormState>(initialForm);
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // Sets state only after the request (the first run starts with every row Running).
  const fetchChecks = useCallback(
    async (options: { registerProviders?: boolean } = {}) => {
      try {
        const result = await postJson<PreflightResult>(`/api/v1/clusters/${clusterId}/preflight`, { nodeVmSize: form.nodeVmSize, ...options });
        setPreflightError(null);
        setChecks(result.checks);
        setVmSizes(result.vmSizes);
      } catch (error) {
        setPreflightError((error as Error).message);
        setChecks((current) => current.map((check) => ({ ...check, status: "pending", message: "" })));
      }
    },
    [clusterId, form.nodeVmSize],
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

  const { settings, errors: clientErrors } = useMemo(() => validate(form), [form]);
  const errors = touched ? { ...serverErrors, ...clientErrors } : serverErrors;
  const preflightOk = checks.every((check) => check.status === "done");
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setServerErrors((current) => {
      const next = { ...current };
      delete next[key as string];
      return next;
    });
  };
  const describedBy = (id: string) => (errors[id]?.length ? `${id}-error` : undefined);

  async function initialize() {
    if (!settings) return;
    setSubmitting(true);
    setSubmitError(null);
    try {
      await postJson<{ operationId: string }>(`/api/v1/clusters/${clusterId}/initialize`, toSettingsInput(form));
      router.push(`/clusters/${clusterId}`);
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        setServerErrors(error.fields);
        setStep("options");
      }
      setSubmitError((error as Error).message);
      setSubmitting(false);
    }
  }

  const steps: { id: Step; label: string }[] = [
    { id: "preflight", label: "1. Pre-flight checks" },
    { id: "options", label: "2. Provision options" },
    { id: "review", label: "3. Review" },
  ];
  const skuOptions = vmSizes.length ? (vmSizes.includes(form.nodeVmSize) ? vmSizes : [form.nodeVmSize, ...vmSizes]) : [form.nodeVmSize];

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
          <CardBody className="space-y-5">
            <fieldset className="space-y-2">
              <legend className="text-sm font-semibold">Custom tags</legend>
              <p className="text-xs text-neutral-600 dark:text-neutral-400">Added to every Azure resource of the cluster. At most 50; names up to 512 characters without &lt; &gt; % &amp; \ ? /; values up to 256.</p>
              {form.tags.map((tag, index) => {
                const tagErrors = errors[`tags.${tag.name}`] ?? (tag.name === "" ? errors["tags."] : undefined);
                return (
                  <div key={index} className="flex flex-wrap items-start gap-2">
                    <div className="flex flex-col gap-1">
                      <Label htmlFor={`tag-name-${index}`}>Tag name {index + 1}</Label>
                      <Input id={`tag-name-${index}`} value={tag.name} aria-invalid={tagErrors ? true : undefined} onChange={(e) => set("tags", form.tags.map((t, i) => (i === index ? { ...t, name: e.target.value } : t)))} />
                    </div>
                    <div className="flex flex-col gap-1">
                      <Label htmlFor={`tag-value-${index}`}>Tag value {index + 1}</Label>
                      <Input id={`tag-value-${index}`} value={tag.value} onChange={(e) => set("tags", form.tags.map((t, i) => (i === index ? { ...t, value: e.target.value } : t)))} />
                    </div>
                    <Button size="icon" variant="ghost" className="mt-5" aria-label={`Remove tag ${index + 1}`} onClick={() => set("tags", form.tags.filter((_, i) => i !== index))}>
                      <Trash2 aria-hidden />
                    </Button>
                    {tagErrors ? <p role="alert" className="w-full text-xs text-red-700 dark:text-red-300">{tagErrors.join(" ")}</p> : null}
                  </div>
                );
              })}
              {errors.tags ? <p role="alert" className="text-xs text-red-700">{errors.tags.join(" ")}</p> : null}
              <Button size="sm" onClick={() => set("tags", [...form.tags, { name: "", value: "" }])} disabled={form.tags.length >= 50}>
                <Plus aria-hidden /> Add tag
              </Button>
            </fieldset>

            <fieldset className="grid gap-4 sm:grid-cols-2">
              <legend className="mb-2 text-sm font-semibold">Kubernetes (AKS)</legend>
              <Field id="aksTier" label="AKS tier" errors={errors.aksTier}>
                <Select id="aksTier" value={form.aksTier} onChange={(e) => set("aksTier", e.target.value as FormState["aksTier"])}>
                  {AKS_TIERS.map((tier) => <option key={tier} value={tier}>{tier}</option>)}
                </Select>
              </Field>
              <Field id="nodeVmSize" label="Node VM size" hint={`Sizes offered to your subscription in ${region}.`} errors={errors.nodeVmSize}>
                <Select id="nodeVmSize" value={form.nodeVmSize} aria-describedby={describedBy("nodeVmSize")} onChange={(e) => set("nodeVmSize", e.target.value)}>
                  {skuOptions.map((size) => <option key={size} value={size}>{size}</option>)}
                </Select>
              </Field>
              <Field id="maxNodeCount" label="Maximum node count" hint="The node pool autoscales from 1 up to this number (3–100)." errors={errors.maxNodeCount}>
                <Input id="maxNodeCount" type="number" inputMode="numeric" min={3} max={100} value={form.maxNodeCount} aria-invalid={errors.maxNodeCount ? true : undefined} aria-describedby={describedBy("maxNodeCount")} onChange={(e) => { setTouched(true); set("maxNodeCount", e.target.value); }} />
              </Field>
              <Field id="loadBalancer" label="Load balancer" errors={errors.loadBalancer}>
                <Select id="loadBalancer" value={form.loadBalancer} onChange={(e) => set("loadBalancer", e.target.value as FormState["loadBalancer"])}>
                  <option value="public">Public</option>
                  <option value="internal">Internal</option>
                </Select>
              </Field>
              <Field id="nodeCidr" label="AKS node CIDR" hint="Cannot be changed after initialization." errors={errors.nodeCidr}>
                <Input id="nodeCidr" value={form.nodeCidr} aria-invalid={errors.nodeCidr ? true : undefined} aria-describedby={describedBy("nodeCidr") ?? "nodeCidr-hint"} onChange={(e) => { setTouched(true); set("nodeCidr", e.target.value); }} />
              </Field>
            </fieldset>

            <fieldset className="grid gap-4 sm:grid-cols-2">
              <legend className="mb-2 text-sm font-semibold">PostgreSQL</legend>
              <Field id="postgresTier" label="PostgreSQL tier" errors={errors.postgresTier}>
                <Select
                  id="postgresTier"
                  value={form.postgresTier}
                  onChange={(e) => {
                    const tier = e.target.value as FormState["postgresTier"];
                    setForm((current) => ({ ...current, postgresTier: tier, postgresSku: POSTGRES_SKUS[tier][0], readReplica: tier === "Burstable" ? false : current.readReplica }));
                  }}
                >
                  {POSTGRES_TIERS.map((tier) => <option key={tier} value={tier}>{tier}</option>)}
                </Select>
              </Field>
              <Field id="postgresSku" label="Compute size" errors={errors.postgresSku}>
                <Select id="postgresSku" value={form.postgresSku} onChange={(e) => set("postgresSku", e.target.value)}>
                  {POSTGRES_SKUS[form.postgresTier].map((sku) => <option key={sku} value={sku}>{sku}</option>)}
                </Select>
              </Field>
              <Field id="storageTier" label="Storage performance tier" hint={`${STORAGE_TIER_GIB[form.storageTier]} GiB. Storage can only grow later.`} errors={errors.storageTier}>
                <Select id="storageTier" value={form.storageTier} onChange={(e) => set("storageTier", e.target.value as FormState["storageTier"])}>
                  {STORAGE_TIERS.map((tier) => <option key={tier} value={tier}>{tier} ({STORAGE_TIER_GIB[tier]} GiB)</option>)}
                </Select>
              </Field>
              <div className="flex flex-col gap-1">
                <label className="flex items-center gap-2 text-sm" htmlFor="readReplica">
                  <input id="readReplica" type="checkbox" checked={form.readReplica} disabled={form.postgresTier === "Burstable"} aria-describedby="readReplica-hint" onChange={(e) => set("readReplica", e.target.checked)} />
                  Read replica
                </label>
                <p id="readReplica-hint" className="text-xs text-neutral-600 dark:text-neutral-400">
                  {form.postgresTier === "Burstable" ? "Not available on the Burstable tier: a read replica needs General Purpose or Memory Optimized." : "A second server that follows the primary, for reporting and failover."}
                </p>
                {errors.readReplica ? <p role="alert" className="text-xs text-red-700">{errors.readReplica.join(" ")}</p> : null}
              </div>
            </fieldset>

            <fieldset className="grid gap-4 sm:grid-cols-2">
              <legend className="mb-2 text-sm font-semibold">Monitoring</legend>
              <Field id="grafanaAccess" label="Grafana access" errors={errors.grafanaAccess}>
                <Select id="grafanaAccess" value={form.grafanaAccess} onChange={(e) => set("grafanaAccess", e.target.value as FormState["grafanaAccess"])}>
                  <option value="public">Public</option>
                  <option value="private">Private</option>
                </Select>
              </Field>
            </fieldset>

            <div className="flex justify-between">
              <Button onClick={() => setStep("preflight")}>Back</Button>
              <Button
                variant="primary"
                onClick={() => {
                  setTouched(true);
                  if (settings) setStep("review");
                }}
              >
                Next: review
              </Button>
            </div>
          </CardBody>
        </Card>
      ) : null}

      {step === "review" && settings ? (
        <Card aria-labelledby="review-heading">
          <CardHeader id="review-heading" title="Review" description="Initialization takes about 15 minutes in Azure. You can follow each component on the cluster overview." />
          <CardBody className="space-y-3">
            <Properties
              items={[
                { label: "Custom tags", value: Object.keys(settings.tags).length ? Object.entries(settings.tags).map(([k, v]) => `${k}=${v}`).join(", ") : "None" },
                { label: "AKS tier", value: settings.aksTier },
                { label: "Node VM size", value: settings.nodeVmSize },
                { label: "Maximum node count", value: String(settings.maxNodeCount) },
                { label: "Load balancer", value: settings.loadBalancer === "internal" ? "Internal" : "Public" },
                { label: "AKS node CIDR", value: `${settings.nodeCidr} (fixed after initialization)` },
                { label: "PostgreSQL", value: `${settings.postgresTier}, ${settings.postgresSku}, ${settings.storageTier} (${STORAGE_TIER_GIB[settings.storageTier]} GiB)` },
                { label: "Read replica", value: settings.readReplica ? "Yes" : "No" },
                { label: "Grafana access", value: settings.grafanaAccess === "private" ? "Private" : "Public" },
              ]}
            />
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
