import "server-only";
import { z } from "zod";
import { ZClusterSettings, type ClusterSettings } from "@/lib/cluster-settings";
import { DISRUPTIONS, NETWORK_WARNINGS, networkModeOf, REFUSALS, SETTING_LABELS } from "@/lib/messages-settings";
import type { SettingKey, SettingsPreview } from "@/lib/settings-api";
import { changedFields, expectedResource, SETTINGS_TARGETS } from "../../azure/settings-targets";
import type { Locale } from "@/lib/i18n/locales";
import { invalidInput, parseInput, settingsFields } from "../../validate";
import { planFor } from "../clusters/reconcile-cluster";
import { inspectCaCertificate } from "./ca-certificate";
import { auditValue, type SettingsContext } from "./settings-context";
import { changedKeys, refusalsOf } from "./transition-rules";

// One change of settings, evaluated the same way for the preview and for PATCH: the body parsed
// (any subset of the keys), the settings it leads to, what changes from the applied ones, what
// the service's rules refuse, and what the admins' policy forbids.

const SHAPE = Object.fromEntries(
  Object.entries(ZClusterSettings.shape).map(([key, schema]) => [key, schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType)]),
) as { [K in keyof typeof ZClusterSettings.shape]: z.ZodType };

export const ZSettingsPatch = z.object(SHAPE).partial().strict();

/** The body of PATCH and preview: any subset of the setting keys; NUL characters refused anywhere. */
export function parseSettingsPatch(input: unknown, locale?: Locale | null): Partial<ClusterSettings> {
  return parseInput(ZSettingsPatch, input, settingsFields(locale)) as Partial<ClusterSettings>;
}

export interface KeyRefusal {
  key: SettingKey;
  code: string;
  message: string;
}

export interface EvaluatedChange {
  next: ClusterSettings;
  changes: { key: SettingKey; from: unknown; to: unknown }[];
  refusals: KeyRefusal[];
  /** Settings the admins locked or hid that the body tries to change. */
  forbidden: KeyRefusal[];
}

export function evaluateChange(ctx: SettingsContext, patch: Partial<ClusterSettings>, locale?: Locale | null): EvaluatedChange {
  const parsed = ZClusterSettings.safeParse({ ...ctx.desired, ...patch });
  if (!parsed.success) throw invalidInput(parsed.error, settingsFields(locale));
  const next = parsed.data;
  const { applied, policy } = ctx;
  const keys = changedKeys(applied, next);
  const refusals: KeyRefusal[] = refusalsOf(applied, next);
  if (keys.includes("customCaCertificate") && next.customCaCertificate) {
    const ca = inspectCaCertificate(next.customCaCertificate);
    if (!ca.ok) refusals.push({ key: "customCaCertificate", code: "certificate_invalid", message: ca.message });
  }
  const forbidden: KeyRefusal[] = [];
  for (const key of Object.keys(patch) as SettingKey[]) {
    if (!keys.includes(key)) continue;
    const rule = policy[key];
    if (rule?.mode === "locked") forbidden.push({ key, code: "locked", message: REFUSALS.locked(SETTING_LABELS[key], rule.reason ?? "") });
    if (rule?.mode === "hidden") forbidden.push({ key, code: "hidden", message: REFUSALS.hidden(SETTING_LABELS[key]) });
  }
  return {
    next,
    changes: keys.map((key) => ({ key, from: auditValue(key, applied[key]), to: auditValue(key, next[key]) })),
    refusals,
    forbidden,
  };
}

/** The diff preview: every setting, Azure resource and ARM property that changes, disruption, refusals, exposure. */
export function previewOf(ctx: SettingsContext, change: EvaluatedChange): SettingsPreview {
  const { cluster, applied } = ctx;
  const from = planFor(cluster, cluster.connection.subscriptionId, applied);
  const to = planFor(cluster, cluster.connection.subscriptionId, change.next);
  const resources: SettingsPreview["resources"] = [];
  for (const spec of SETTINGS_TARGETS) {
    const armId = spec.armId(to);
    if (spec.id === "REPLICA" && applied.readReplica !== change.next.readReplica) {
      resources.push({
        component: spec.label,
        armId,
        method: change.next.readReplica ? "PUT" : "DELETE",
        properties: [{ path: "createMode", from: applied.readReplica ? "Replica" : null, to: change.next.readReplica ? "Replica" : null }],
        disruption: DISRUPTIONS.readReplica ?? null,
      });
      continue;
    }
    if (spec.id === "REPLICA" && !change.next.readReplica) continue;
    const fields = changedFields(spec, to, expectedResource(spec, from));
    if (!fields.length) continue;
    const keys = [...new Set(fields.flatMap((f) => f.change.keys))];
    const disruptions = [...new Set(keys.map((key) => DISRUPTIONS[key]).filter(Boolean))];
    const onlyTags = fields.every((f) => f.change.path === "tags");
    resources.push({
      component: spec.label,
      armId,
      method: spec.id === "AKS" && onlyTags ? "PATCH" : spec.method,
      properties: fields.map((f) => ({ path: f.change.path, from: f.change.from, to: f.change.to })),
      disruption: disruptions.length ? disruptions.join(" ") : null,
    });
  }
  const modeFrom = networkModeOf(applied.loadBalancer, applied.networkIsolated);
  const modeTo = networkModeOf(change.next.loadBalancer, change.next.networkIsolated);
  const warnings: string[] = [];
  if (applied.loadBalancer === "public" && change.next.loadBalancer === "internal") warnings.push(NETWORK_WARNINGS.internal);
  if (applied.loadBalancer === "internal" && change.next.loadBalancer === "public") warnings.push(NETWORK_WARNINGS.public);
  if (!applied.networkIsolated && change.next.networkIsolated) warnings.push(NETWORK_WARNINGS.isolated);
  const refusals = [...change.forbidden, ...change.refusals];
  return {
    changes: change.changes,
    resources,
    refusals,
    networkMode: { from: modeFrom, to: modeTo, warnings },
    canApply: change.changes.length > 0 && refusals.length === 0,
  };
}
