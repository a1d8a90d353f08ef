import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, Resolver } from "react-hook-form";
import { DEFAULT_CLUSTER_SETTINGS, ZClusterSettings, ZTags, type ClusterSettings } from "@/lib/cluster-settings";
import { settingsPageMessages } from "@/lib/messages-settings-page";
import type { SettingKey } from "@/lib/settings-api";

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

const zod = zodResolver(ZClusterSettings);

/** A record's key error reads "Invalid key in record"; the reason is in its inner issues. */
function tagMessage(name: string, value: string): string | undefined {
  const parsed = ZTags.safeParse({ [name]: value });
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0] as { message: string; issues?: { message: string }[] };
  return issue.issues?.[0]?.message ?? issue.message;
}

/**
 * ZClusterSettings through the zod resolver, with its tag errors (keyed by tag name) moved to the
 * row that holds the name, and duplicate names refused (a record cannot hold them).
 */
export const settingsResolver: Resolver<SettingsFormValues, unknown, ClusterSettings> = async (values, context, options) => {
  const result = await zod(fromFormValues(values) as never, context, options as never);
  const errors: Record<string, unknown> = { ...result.errors };
  const rowErrors: ({ name: { type: string; message: string } } | undefined)[] = [];
  const tagErrors = result.errors.tags as Record<string, { message?: string; type?: string } | undefined> | undefined;
  if (tagErrors) {
    delete errors.tags;
    for (const [name, error] of Object.entries(tagErrors)) {
      if (name === "message" || name === "type" || name === "ref" || name === "root") continue;
      const index = values.tags.findIndex((tag) => tag.name === name);
      if (index >= 0 && error?.message) rowErrors[index] = { name: { type: error.type ?? "custom", message: tagMessage(name, values.tags[index].value) ?? error.message } };
    }
    if (typeof tagErrors.message === "string") errors.tags = { type: tagErrors.type ?? "custom", message: tagErrors.message };
  }
  values.tags.forEach((tag, index) => {
    if (tag.name !== "" && values.tags.findIndex((other) => other.name === tag.name) !== index) {
      rowErrors[index] = { name: { type: "unique", message: settingsPageMessages.tagsUnique } };
    }
  });
  if (rowErrors.length > 0 && !errors.tags) errors.tags = rowErrors;
  if (Object.keys(errors).length === 0) return { values: result.values as ClusterSettings, errors: {} };
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
