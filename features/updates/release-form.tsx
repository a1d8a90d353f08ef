"use client";

import { Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { FormFooter, type FormStatus } from "@/components/ui/form-footer";
import { Input, Label, Select } from "@/components/ui/input";
import { ApiError, postJson } from "@/lib/api-client";
import { RELEASE_COMPONENTS, RELEASE_KINDS } from "@/lib/release-kinds";
import type { ZPublishRelease } from "@/lib/releases";
import { useIdlePreload } from "@/components/ui/use-idle-preload";
import { lazyZodResolver, preloadZodResolver } from "@/components/ui/lazy-zod-resolver";
import { updatesCatalogue } from "@/lib/i18n/catalogues/messages-updates";
import { useTexts } from "@/components/i18n/locale-provider";

type Input = z.input<typeof ZPublishRelease>;

/** The schema (and zod) load after the page, not with it (docs/decisions/0040-first-load-js.md). */
const loadSchema = () => import("@/lib/releases").then((module) => module.ZPublishRelease);
const preloadSchema = () => preloadZodResolver(loadSchema);

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
      {message}
    </p>
  ) : null;
}

/** Publishes a release: its versions, kind (an emergency with its purpose) and the first wave. */
export function ReleaseForm({ clusters }: { clusters: { id: string; name: string; org: string; window: string }[] }) {
  const { updatesMessages } = useTexts(updatesCatalogue);
  const t = updatesMessages.admin;
  const { COMPONENT_LABELS, RELEASE_KIND_LABELS } = useTexts(updatesCatalogue);
  const router = useRouter();
  const [status, setStatus] = useState<FormStatus | null>(null);
  const form = useForm<Input, unknown, z.output<typeof ZPublishRelease>>({
    resolver: lazyZodResolver(loadSchema),
    defaultValues: { version: "", kind: "QUARTERLY", notes: "", purpose: "", components: { kubernetes: "", nodeImage: "", operator: "", agent: "", grafana: "" }, firstWave: [] },
  });
  useIdlePreload(preloadSchema);
  const kind = useWatch({ control: form.control, name: "kind" });
  const errors = form.formState.errors;

  const publish = form.handleSubmit(async (data) => {
    setStatus(null);
    try {
      await postJson("/api/v1/admin/releases", { ...data, purpose: data.purpose || undefined });
      form.reset();
      setStatus({ tone: "info", text: t.published });
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.fields?.version) form.setError("version", { type: "server", message: error.fields.version.join(" ") });
      setStatus({ tone: "danger", text: (error as Error).message });
    }
  });

  return (
    <form noValidate aria-label={t.publishTitle} onSubmit={(event) => void publish(event)} className="flex flex-col gap-4 p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor="release-version">{t.version}</Label>
          <Input id="release-version" className="w-full" maxLength={40} aria-describedby="release-version-hint" aria-invalid={errors.version ? true : undefined} {...form.register("version")} />
          <p id="release-version-hint" className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">{t.versionHint}</p>
          <FieldError id="release-version-error" message={errors.version?.message} />
        </div>
        <div>
          <Label htmlFor="release-kind">{t.kind}</Label>
          <Select id="release-kind" className="w-full" {...form.register("kind")}>
            {RELEASE_KINDS.map((value) => (
              <option key={value} value={value}>
                {RELEASE_KIND_LABELS[value]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {kind === "EMERGENCY" ? (
        <div>
          <Label htmlFor="release-purpose">{t.purpose}</Label>
          <Input id="release-purpose" className="w-full" maxLength={500} aria-describedby="release-purpose-hint" aria-invalid={errors.purpose ? true : undefined} {...form.register("purpose")} />
          <p id="release-purpose-hint" className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">{t.purposeHint}</p>
          <FieldError id="release-purpose-error" message={errors.purpose?.message} />
        </div>
      ) : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t.componentsTitle}</legend>
        <p className="text-xs text-neutral-600 dark:text-neutral-400">{t.componentsHint}</p>
        <div className="grid gap-3 sm:grid-cols-3">
          {RELEASE_COMPONENTS.map((component) => (
            <div key={component}>
              <Label htmlFor={`release-${component}`}>{COMPONENT_LABELS[component]}</Label>
              <Input id={`release-${component}`} className="w-full" maxLength={100} {...form.register(`components.${component}`)} />
              <FieldError id={`release-${component}-error`} message={errors.components?.[component]?.message} />
            </div>
          ))}
        </div>
        <FieldError id="release-components-error" message={errors.components?.message ?? errors.components?.root?.message} />
      </fieldset>
      <div>
        <Label htmlFor="release-notes">{t.notes}</Label>
        <Input id="release-notes" className="w-full" maxLength={2000} {...form.register("notes")} />
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t.firstWave}</legend>
        <p className="text-xs text-neutral-600 dark:text-neutral-400">{t.firstWaveHint}</p>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {clusters.map((cluster) => (
            <label key={cluster.id} className="inline-flex items-center gap-1.5 text-sm">
              <input type="checkbox" value={cluster.id} {...form.register("firstWave")} />
              {cluster.name} <span className="text-xs text-neutral-600 dark:text-neutral-400">({cluster.org}, {cluster.window} UTC)</span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormFooter status={status} submitting={form.formState.isSubmitting}>
        <Send aria-hidden />
        {t.publish}
      </FormFooter>
    </form>
  );
}
