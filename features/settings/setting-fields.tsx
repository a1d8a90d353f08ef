"use client";

import { Plus, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import { useFieldArray, useFormContext, useWatch, type FieldError } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import {
  AKS_TIERS,
  DATABASE_HA_MODES,
  POSTGRES_SKUS,
  POSTGRES_TIERS,
  STORAGE_REDUNDANCIES,
  STORAGE_TIER_GIB,
  STORAGE_TIERS,
  type ClusterSettings,
} from "@/lib/cluster-settings";
import type { SettingKey } from "@/lib/settings-api";
import { CustomCaField, type CustomCaFacts } from "./custom-ca-field";
import type { SettingsFormValues } from "./form";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { useTexts } from "@/components/i18n/locale-provider";

// One control per setting, bound to the surrounding react-hook-form (settings page and wizard).

export interface FieldContext {
  /** Values a choice may take now (SettingState.allowed); undefined means all. */
  allowed?: readonly string[];
  /** VM sizes offered in the region (the wizard knows them; the settings page takes any size). */
  vmSizes?: string[];
  /** Facts of the stored CA certificate (settings page). */
  customCa?: CustomCaFacts | null;
  /** Rendered under the control: pending/drift/lock markers. */
  markers?: ReactNode;
}

/** The hint, the error and the markers under a field (ids for aria-describedby). */
function FieldNotes({ id, hint, error, markers }: { id: string; hint?: ReactNode; error?: string; markers?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-neutral-600 dark:text-neutral-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {markers}
    </>
  );
}

export function FieldShell({ id, label, hint, error, markers, children }: { id: string; label: string; hint?: ReactNode; error?: string; markers?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1 [&>input]:w-full [&>input]:min-w-0 [&>select]:w-full [&>select]:min-w-0" data-setting={id}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      <FieldNotes id={id} hint={hint} error={error} markers={markers} />
    </div>
  );
}

function CheckboxShell({ id, label, hint, error, markers, children }: { id: string; label: string; hint?: ReactNode; error?: string; markers?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1" data-setting={id}>
      <label className="flex min-h-8 items-center gap-2 text-sm" htmlFor={id}>
        {children}
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} markers={markers} />
    </div>
  );
}

const checkboxClass = "size-4 rounded border-neutral-400 accent-accent-600";

function describedBy(id: string, error: FieldError | undefined, hint: boolean): string | undefined {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

function ChoiceOptions({ values, allowed, label }: { values: readonly string[]; allowed?: readonly string[]; label: (value: string) => string }) {
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  return (
    <>
      {values.map((value) => {
        const permitted = !allowed || allowed.includes(value);
        return (
          <option key={value} value={value} disabled={!permitted}>
            {permitted ? label(value) : `${label(value)} (${t.notAllowedNow})`}
          </option>
        );
      })}
    </>
  );
}

/** The editable control of one setting. */
export function SettingField({ settingKey, context = {} }: { settingKey: SettingKey; context?: FieldContext }) {
  const { GRAFANA_ACCESS_LABELS, HA_LABELS, LOAD_BALANCER_LABELS, POSTGRES_TIER_LABELS, SETTING_HINTS, SETTING_LABELS } = useTexts(settingsCatalogue);
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  const { register, formState, setValue, getValues } = useFormContext<SettingsFormValues>();
  const postgresTier = useWatch<SettingsFormValues, "postgresTier">({ name: "postgresTier" });
  const storageTier = useWatch<SettingsFormValues, "storageTier">({ name: "storageTier" });
  const id = settingKey;
  const label = SETTING_LABELS[settingKey];
  const error = formState.errors[settingKey] as FieldError | undefined;
  const shell = { id, label, error: error?.message, markers: context.markers };
  const aria = (hint: boolean) => ({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, error, hint) });

  switch (settingKey) {
    case "loadBalancer":
    case "grafanaAccess": {
      const names = settingKey === "loadBalancer" ? LOAD_BALANCER_LABELS : GRAFANA_ACCESS_LABELS;
      return (
        <FieldShell {...shell} hint={SETTING_HINTS[settingKey] ?? t.hints.grafanaAccess}>
          <Select id={id} {...aria(true)} {...register(settingKey)}>
            <ChoiceOptions values={Object.keys(names)} allowed={context.allowed} label={(value) => names[value as keyof typeof names]} />
          </Select>
        </FieldShell>
      );
    }
    case "aksTier":
      return (
        <FieldShell {...shell}>
          <Select id={id} {...aria(false)} {...register("aksTier")}>
            <ChoiceOptions values={AKS_TIERS} allowed={context.allowed} label={String} />
          </Select>
        </FieldShell>
      );
    case "nodeCidr":
      return (
        <FieldShell {...shell} hint={SETTING_HINTS.nodeCidr}>
          <Input id={id} spellCheck={false} {...aria(true)} {...register("nodeCidr")} />
        </FieldShell>
      );
    case "nodeVmSize": {
      const current = getValues("nodeVmSize");
      const sizes = context.vmSizes?.length ? (context.vmSizes.includes(current) ? context.vmSizes : [current, ...context.vmSizes]) : null;
      return (
        <FieldShell {...shell} hint={SETTING_HINTS.nodeVmSize}>
          {sizes ? (
            <Select id={id} {...aria(true)} {...register("nodeVmSize")}>
              {sizes.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </Select>
          ) : (
            <Input id={id} spellCheck={false} {...aria(true)} {...register("nodeVmSize")} />
          )}
        </FieldShell>
      );
    }
    case "maxNodeCount":
      return (
        <FieldShell {...shell} hint={SETTING_HINTS.maxNodeCount}>
          <Input id={id} type="number" inputMode="numeric" min={3} max={100} {...aria(true)} {...register("maxNodeCount", { valueAsNumber: true })} />
        </FieldShell>
      );
    case "networkIsolated":
    case "zoneRedundant":
      return (
        <CheckboxShell {...shell} hint={settingKey === "zoneRedundant" ? t.hints.zoneRedundant : SETTING_HINTS.networkIsolated}>
          <input id={id} type="checkbox" className={checkboxClass} {...aria(true)} {...register(settingKey)} />
        </CheckboxShell>
      );
    case "readReplica": {
      const burstable = postgresTier === "Burstable";
      return (
        <CheckboxShell {...shell} hint={burstable ? t.hints.readReplicaBurstable : SETTING_HINTS.readReplica}>
          <input id={id} type="checkbox" className={checkboxClass} disabled={burstable} {...aria(true)} {...register("readReplica")} />
        </CheckboxShell>
      );
    }
    case "databaseHighAvailability":
      return (
        <FieldShell {...shell} hint={SETTING_HINTS.databaseHighAvailability}>
          <Select id={id} {...aria(true)} {...register("databaseHighAvailability")}>
            <ChoiceOptions values={DATABASE_HA_MODES} allowed={context.allowed} label={(value) => HA_LABELS[value as ClusterSettings["databaseHighAvailability"]]} />
          </Select>
        </FieldShell>
      );
    case "storageRedundancy":
    case "backupStorageRedundancy":
      return (
        <FieldShell {...shell} hint={SETTING_HINTS[settingKey]}>
          <Select id={id} {...aria(true)} {...register(settingKey)}>
            <ChoiceOptions values={STORAGE_REDUNDANCIES} allowed={context.allowed} label={(value) => t.redundancy[value as ClusterSettings["storageRedundancy"]]} />
          </Select>
        </FieldShell>
      );
    case "postgresTier":
      return (
        <FieldShell {...shell}>
          <Select
            id={id}
            {...aria(false)}
            {...register("postgresTier", {
              onChange: (event) => {
                const tier = event.target.value as ClusterSettings["postgresTier"];
                if (!POSTGRES_SKUS[tier].includes(getValues("postgresSku"))) setValue("postgresSku", POSTGRES_SKUS[tier][0], { shouldDirty: true });
                if (tier === "Burstable") {
                  setValue("readReplica", false, { shouldDirty: true });
                  setValue("databaseHighAvailability", "Off", { shouldDirty: true });
                }
              },
            })}
          >
            <ChoiceOptions values={POSTGRES_TIERS} allowed={context.allowed} label={(tier) => POSTGRES_TIER_LABELS[tier as ClusterSettings["postgresTier"]]} />
          </Select>
        </FieldShell>
      );
    case "postgresSku":
      return (
        <FieldShell {...shell}>
          <Select id={id} {...aria(false)} {...register("postgresSku")}>
            <ChoiceOptions values={POSTGRES_SKUS[postgresTier] ?? []} allowed={context.allowed} label={String} />
          </Select>
        </FieldShell>
      );
    case "storageTier":
      return (
        <FieldShell {...shell} hint={t.hints.storageTier(STORAGE_TIER_GIB[storageTier] ?? 0, SETTING_HINTS.storageTier ?? "")}>
          <Select id={id} {...aria(true)} {...register("storageTier")}>
            <ChoiceOptions values={STORAGE_TIERS} allowed={context.allowed} label={(tier) => `${tier} (${STORAGE_TIER_GIB[tier as ClusterSettings["storageTier"]]} GiB)`} />
          </Select>
        </FieldShell>
      );
    case "customCaCertificate":
      return <CustomCaField facts={context.customCa ?? null} markers={context.markers} />;
    case "tags":
      return <TagsField markers={context.markers} />;
  }
}

export function TagsField({ markers }: { markers?: ReactNode }) {
  const { SETTING_HINTS, SETTING_LABELS } = useTexts(settingsCatalogue);
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  const { control, register, formState } = useFormContext<SettingsFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "tags" });
  const errors = formState.errors.tags;
  const listError = errors && !Array.isArray(errors) ? (errors as FieldError).message : undefined;
  return (
    <fieldset className="space-y-2" data-setting="tags">
      <legend className="sr-only">{SETTING_LABELS.tags}</legend>
      <p id="tags-hint" className="text-xs text-neutral-600 dark:text-neutral-400">
        {SETTING_HINTS.tags}
      </p>
      {fields.map((field, index) => {
        const row = Array.isArray(errors) ? (errors[index] as { name?: FieldError; value?: FieldError } | undefined) : undefined;
        const rowError = row?.name?.message ?? row?.value?.message;
        return (
          <div key={field.id} className="flex flex-wrap items-end gap-2">
            <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-none">
              <Label htmlFor={`tag-name-${index}`}>{t.tagName(index + 1)}</Label>
              <Input id={`tag-name-${index}`} aria-invalid={row?.name ? true : undefined} aria-describedby={row?.name ? `tag-error-${index}` : undefined} {...register(`tags.${index}.name`)} />
            </div>
            <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-none">
              <Label htmlFor={`tag-value-${index}`}>{t.tagValue(index + 1)}</Label>
              <Input id={`tag-value-${index}`} aria-invalid={row?.value ? true : undefined} aria-describedby={row?.value ? `tag-error-${index}` : undefined} {...register(`tags.${index}.value`)} />
            </div>
            <Button size="icon" variant="ghost" aria-label={t.removeTag(index + 1)} onClick={() => remove(index)}>
              <Trash2 aria-hidden />
            </Button>
            {rowError ? (
              <p id={`tag-error-${index}`} role="alert" className="w-full text-xs text-red-700 dark:text-red-300">
                {rowError}
              </p>
            ) : null}
          </div>
        );
      })}
      {listError ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {listError}
        </p>
      ) : null}
      <Button size="sm" onClick={() => append({ name: "", value: "" })} disabled={fields.length >= 50}>
        <Plus aria-hidden /> {t.addTag}
      </Button>
      {markers}
    </fieldset>
  );
}
