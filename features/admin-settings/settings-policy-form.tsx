"use client";

import { Save } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Control } from "react-hook-form";
import { FormFooter, type FormStatus } from "@/components/ui/form-footer";
import { Input, Select } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table-parts";
import { ApiError, apiJson } from "@/lib/api-client";
import { SETTING_GROUPS, type SettingKey, type SettingPolicyMode, type SettingsPolicyBody } from "@/lib/settings-api";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { useTexts } from "@/components/i18n/locale-provider";

const KEYS = SETTING_GROUPS.flatMap((group) => group.keys as readonly SettingKey[]);
const MODES: SettingPolicyMode[] = ["editable", "locked", "hidden"];
const MAX_REASON = 500;

/** "inherit" (organisations only): no rule of its own, the provider-wide default holds. */
type RowMode = SettingPolicyMode | "inherit";
type Rows = Record<SettingKey, { mode: RowMode; reason: string }>;

function toRows(policy: SettingsPolicyBody, inherit: boolean): Rows {
  return Object.fromEntries(
    KEYS.map((key) => {
      const rule = policy.settings[key];
      return [key, { mode: rule?.mode ?? (inherit ? "inherit" : "editable"), reason: rule?.reason ?? "" }];
    }),
  ) as Rows;
}

function toBody(rows: Rows): SettingsPolicyBody {
  const settings: SettingsPolicyBody["settings"] = {};
  for (const key of KEYS) {
    const row = rows[key];
    if (row.mode === "inherit") continue;
    settings[key] = row.mode === "locked" ? { mode: "locked", reason: row.reason.trim() } : { mode: row.mode };
  }
  return { settings };
}

/**
 * The admins' settings policy of one scope (an organisation or the provider-wide default): per
 * setting editable, locked with the reason customers see, or hidden. Saved with PUT.
 */
export function SettingsPolicyForm({ orgId, policy, defaults }: { orgId: string; policy: SettingsPolicyBody; defaults: SettingsPolicyBody | null }) {
  const { SETTING_GROUP_TITLES } = useTexts(settingsCatalogue);
  const { settingsPolicyMessages: t } = useTexts(settingsPageCatalogue);
  const router = useRouter();
  const inherit = defaults !== null;
  const form = useForm<Rows>({ defaultValues: toRows(policy, inherit) });
  const [status, setStatus] = useState<FormStatus | null>(null);

  const save = form.handleSubmit(async (rows) => {
    setStatus(null);
    try {
      const json = await apiJson<SettingsPolicyBody>(`/api/v1/admin/organizations/${encodeURIComponent(orgId)}/settings-policy`, { method: "PUT", body: JSON.stringify(toBody(rows)) });
      form.reset(toRows(json, inherit));
      setStatus({ tone: "info", text: t.saved });
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        for (const [path, messages] of Object.entries(error.fields)) {
          const [, key, field] = path.split(".");
          if (KEYS.includes(key as SettingKey)) form.setError(`${key as SettingKey}.${field === "mode" ? "mode" : "reason"}`, { type: "server", message: messages.join(" ") });
        }
      }
      setStatus({ tone: "danger", text: (error as Error).message });
    }
  });

  return (
    <form noValidate onSubmit={(event) => void save(event)} aria-label={t.title}>
      <Table aria-label={t.title}>
        <THead>
          <TR>
            <TH>{t.columns.setting}</TH>
            <TH>{t.columns.mode}</TH>
            <TH>{t.columns.reason}</TH>
          </TR>
        </THead>
        {SETTING_GROUPS.map((group) => (
          <TBody key={group.id}>
            <TR>
              <TH scope="colgroup" colSpan={3} className="bg-neutral-50 text-xs uppercase tracking-wide text-neutral-600 dark:bg-neutral-900/60 dark:text-neutral-400">
                {SETTING_GROUP_TITLES[group.id]}
              </TH>
            </TR>
            {(group.keys as readonly SettingKey[]).map((key) => (
              <PolicyRow key={key} settingKey={key} control={form.control} form={form} defaultMode={defaults ? (defaults.settings[key]?.mode ?? "editable") : null} />
            ))}
          </TBody>
        ))}
      </Table>
      <FormFooter status={status} submitting={form.formState.isSubmitting} className="border-t border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <Save aria-hidden />
        {form.formState.isSubmitting ? t.saving : t.save}
      </FormFooter>
    </form>
  );
}

function PolicyRow({ settingKey, control, form, defaultMode }: { settingKey: SettingKey; control: Control<Rows>; form: ReturnType<typeof useForm<Rows>>; defaultMode: SettingPolicyMode | null }) {
  const { POLICY_MODE_LABELS, SETTING_LABELS } = useTexts(settingsCatalogue);
  const { settingsPolicyMessages: t } = useTexts(settingsPageCatalogue);
  const mode = useWatch({ control, name: `${settingKey}.mode` });
  const error = form.formState.errors[settingKey]?.reason?.message;
  const label = SETTING_LABELS[settingKey];
  const modeId = `policy-${settingKey}-mode`;
  const reasonId = `policy-${settingKey}-reason`;
  return (
    <TR data-policy={settingKey}>
      <TH scope="row" className="font-normal">
        <label htmlFor={modeId}>{label}</label>
      </TH>
      <TD>
        <Select id={modeId} {...form.register(`${settingKey}.mode`)}>
          {defaultMode ? <option value="inherit">{t.inherit(POLICY_MODE_LABELS[defaultMode])}</option> : null}
          {MODES.map((value) => (
            <option key={value} value={value}>
              {t.modes[value]}
            </option>
          ))}
        </Select>
      </TD>
      <TD className="min-w-56">
        {mode === "locked" ? (
          <>
            <Input
              id={reasonId}
              aria-label={t.reasonLabel(label)}
              className="w-full"
              maxLength={MAX_REASON}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${reasonId}-error` : undefined}
              {...form.register(`${settingKey}.reason`, {
                validate: (value, rows) => rows[settingKey].mode !== "locked" || (value.trim() !== "" && !value.includes("\0")) || t.reasonRequired,
              })}
            />
            {error ? (
              <p id={`${reasonId}-error`} role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
                {error}
              </p>
            ) : null}
          </>
        ) : (
          <span className="text-neutral-400">—</span>
        )}
      </TD>
    </TR>
  );
}
