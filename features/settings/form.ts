import { useMemo } from "react";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import { useTexts } from "@/components/i18n/locale-provider";
import { DEFAULT_CLUSTER_SETTINGS, ZClusterSettings, type ClusterSettings } from "@/lib/cluster-settings";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { validationCatalogue } from "@/lib/i18n/catalogues/messages-validation";
import type { SettingKey } from "@/lib/settings-api";
import { settingsErrorMessage, settingsErrorTexts, type SettingsErrorTexts } from "@/lib/settings-errors";

// The form shape of the cluster settings, shared by the settings page and the initialization
// wizard: ZClusterSettings, except that tags are rows (a name can be edited) and the node count
// is whatever the number field holds until it validates.

export interface TagRow {
  name: string;
  value: string;
}

export type SettingsFormValues = Omit<ClusterSettings, "tags"> & { tags: TagRow[] };

export function toFormValues(settings: Partial<ClusterSettings>): SettingsFormValues {
  const full = { ...DEFAULT_CLUSTER_SETTINGS, ...settings };
  return { ...full, tags: Object.entries(full.tags).map(([name, value]) => ({ name, value })) };
}

/** The settings the form stands for (rows with neither name nor value are dropped). */
export function fromFormValues(values: SettingsFormValues): ClusterSettings {
  return {
    ...values,
    tags: Object.fromEntries(values.tags.filter((tag) => tag.name !== "" || tag.value !== "").map((tag) => [tag.name, tag.value])),
  };
}

/** A client component's SettingsErrorTexts: the `context` of useForm, read by settingsResolver. */
export function useSettingsErrorTexts(): SettingsErrorTexts {
  const { validationMessages } = useTexts(validationCatalogue);
  const { SETTING_LABELS } = useTexts(settingsCatalogue);
  return useMemo(() => ({ validation: validationMessages, labels: SETTING_LABELS }), [validationMessages, SETTING_LABELS]);
}

/** The rows whose tag name an earlier row already has. */
function repeatedTagNames(tags: TagRow[]): number[] {
  return tags.flatMap((tag, index) => (tag.name !== "" && tags.findIndex((other) => other.name === tag.name) !== index ? [index] : []));
}

/** The settings the form stands for when every rule holds (what settingsResolver accepts, at once), else null. */
export function validSettings(values: SettingsFormValues): ClusterSettings | null {
  const parsed = ZClusterSettings.safeParse(fromFormValues(values));
  return parsed.success && repeatedTagNames(values.tags).length === 0 ? parsed.data : null;
}

type RowErrors = ({ name?: FieldError; value?: FieldError } | undefined)[];

/**
 * ZClusterSettings on the form's values, every issue worded by the shared mapping (decision 0035):
 * a tag's errors go to the row that holds it (its name or its value), duplicate names are refused
 * (a record cannot hold them), any other error goes to its setting's field.
 */
export const settingsResolver: Resolver<SettingsFormValues, SettingsErrorTexts | undefined, ClusterSettings> = async (values, context) => {
  const texts = context ?? settingsErrorTexts("en");
  const parsed = ZClusterSettings.safeParse(fromFormValues(values), { reportInput: true });
  const errors: Record<string, FieldError | RowErrors> = {};
  const rows: RowErrors = [];
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const error: FieldError = { type: issue.code, message: settingsErrorMessage(issue, texts) };
    const [key, entry] = issue.path;
    if (key === "tags" && entry !== undefined) {
      const index = values.tags.findIndex((tag) => tag.name === entry);
      const part = issue.code === "invalid_key" ? "name" : "value";
      if (index >= 0) rows[index] = { ...rows[index], [part]: rows[index]?.[part] ?? error };
      continue;
    }
    errors[String(key ?? "root")] ??= error;
  }
  for (const index of repeatedTagNames(values.tags)) {
    rows[index] = { ...rows[index], name: { type: "unique", message: texts.validation.field(texts.labels.tags, texts.validation.rules.tagNameUnique) } };
  }
  if (rows.length > 0 && !errors.tags) errors.tags = rows;
  if (parsed.success && Object.keys(errors).length === 0) return { values: parsed.data, errors: {} };
  return { values: {}, errors: errors as FieldErrors<SettingsFormValues> };
};

function same(a: unknown, b: unknown): boolean {
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((key, i) => key === kb[i] && (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
  }
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The settings among `keys` whose value differs from `from`: the body of a PATCH or a preview. */
export function changedSettings(next: ClusterSettings, from: Partial<ClusterSettings>, keys: readonly SettingKey[]): Partial<ClusterSettings> {
  const body: Record<string, unknown> = {};
  for (const key of keys) if (!same(next[key], from[key])) body[key] = next[key];
  return body as Partial<ClusterSettings>;
}
