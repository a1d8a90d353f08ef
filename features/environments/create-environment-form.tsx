"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import { ENVIRONMENT_PLANS, PLAN_RESOURCES } from "@/lib/environments";
import type { ZCreateEnvironment } from "@/lib/environment-schemas";
import { useIdlePreload } from "@/components/ui/use-idle-preload";
import { lazyZodResolver, preloadZodResolver } from "@/components/ui/lazy-zod-resolver";
import { apiCall } from "./api-call";
import { approvalsCatalogue } from "@/lib/i18n/catalogues/messages-approvals";
import { environmentsCatalogue } from "@/lib/i18n/catalogues/messages-environments";
import { useTexts } from "@/components/i18n/locale-provider";


/** The schema (and zod) load after the page, not with it (docs/decisions/0040-first-load-js.md). */
const loadSchema = () => import("@/lib/environment-schemas").then((module) => module.ZCreateEnvironment);
const preloadSchema = () => preloadZodResolver(loadSchema);

/** The new-environment form: name and plan, with what it costs; the server checks everything again. */
export function CreateEnvironmentForm({ clusterId, entitlement, refusal }: { clusterId: string; entitlement: string; refusal: string | null }) {
  const { environmentMessages } = useTexts(environmentsCatalogue);
  const t = environmentMessages;
  const { approvalMessages } = useTexts(approvalsCatalogue);
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<z.input<typeof ZCreateEnvironment>, unknown, z.output<typeof ZCreateEnvironment>>({
    resolver: lazyZodResolver(loadSchema),
    defaultValues: { name: "", plan: "SMALL" },
  });
  const { errors, isSubmitting } = form.formState;
  useIdlePreload(preloadSchema);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    setDone(null);
    const answer = await apiCall<{ environmentId?: string; approvalId?: string }>(`/api/v1/clusters/${clusterId}/environments`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(values) }, t.actions.failed);
    if (!answer.ok) {
      if (answer.fields?.name) form.setError("name", { message: answer.fields.name[0] });
      setFailure(answer.error);
      return;
    }
    // On the JIT plan the creation waits for an approval (no environment yet).
    setDone(answer.body?.environmentId ? t.create.created(values.name) : approvalMessages.requested(approvalMessages.summaries.environmentCreate(values.name, t.plans[values.plan] ?? values.plan)));
    form.reset({ name: "", plan: values.plan });
    router.refresh();
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-heading" className="space-y-3 px-4 py-3">
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        {t.create.licensing} {entitlement}
      </p>
      {refusal ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {refusal}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="environment-name">{t.create.name}</Label>
          <Input id="environment-name" autoComplete="off" aria-invalid={errors.name ? true : undefined} aria-describedby="environment-name-hint" className="w-64" {...form.register("name")} />
          <span id="environment-name-hint" className={errors.name ? "text-xs text-red-700 dark:text-red-300" : "text-xs text-neutral-500 dark:text-neutral-400"}>
            {errors.name?.message ?? t.create.nameHint}
          </span>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="environment-plan">{t.create.plan}</Label>
          <Select id="environment-plan" {...form.register("plan")}>
            {ENVIRONMENT_PLANS.map((plan) => (
              <option key={plan} value={plan}>
                {t.plans[plan]} ({t.planDetail(PLAN_RESOURCES[plan].cpu, PLAN_RESOURCES[plan].memory)})
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="primary" className="mt-5" disabled={isSubmitting || refusal !== null}>
          <Plus aria-hidden />
          {isSubmitting ? t.create.submitting : t.create.submit}
        </Button>
      </div>
      {failure ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {failure}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
          {done}
        </p>
      ) : null}
    </form>
  );
}
