import "server-only";
import type { ClusterSettings } from "@/lib/cluster-settings";
import { networkModeOf, READ_ONLY_REASONS, SETTING_LABELS } from "@/lib/messages-settings";
import { INITIALIZATION_ONLY_SETTINGS, type SettingKey, type SettingState, type SettingsView } from "@/lib/settings-api";
import { can, type Actor } from "../../auth/permissions";
import { azureGatewayFromEnv, type AzureGateway } from "../../azure/gateway";
import type { DbOrTx } from "../../db";
import { inspectCaCertificate } from "./ca-certificate";
import { editRight, loadSettingsContext, type SettingsContext } from "./settings-context";
import { allowedValues } from "./transition-rules";

// GET /clusters/{id}/settings and the settings page: desired and applied settings, and per setting
// whether the actor may change it now (and why not), pending changes, drift and the running change.

const SETTING_KEYS = Object.keys(SETTING_LABELS) as SettingKey[];

export interface StoredDrift {
  settings?: Partial<Record<SettingKey, { azureValue: unknown; detectedAt: string }>>;
  components?: { kind: string; resource: string; missing: boolean; properties: string[] }[];
}

function visible(ctx: SettingsContext, settings: ClusterSettings): Partial<ClusterSettings> {
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) if (ctx.policy[key]?.mode !== "hidden") out[key] = settings[key];
  return out as Partial<ClusterSettings>;
}

export async function buildSettingsView(db: DbOrTx, azure: AzureGateway, actor: Actor, ctx: SettingsContext): Promise<SettingsView> {
  const { cluster, desired, applied, policy } = ctx;
  const right = await editRight(db, azure, actor, ctx);
  const running = ctx.runningOperationId;
  const pageReason = right.ok ? (running ? READ_ONLY_REASONS.operationRunning : undefined) : right.reason;
  const canEdit = right.ok && !running;
  const stored = (cluster.settingsDrift ?? {}) as StoredDrift;
  const drift = stored.settings ?? {};
  const settings: Partial<Record<SettingKey, SettingState>> = {};
  for (const key of SETTING_KEYS) {
    const rule = policy[key];
    if (rule?.mode === "hidden") continue;
    const locked = rule?.mode === "locked";
    const initOnly = (INITIALIZATION_ONLY_SETTINGS as readonly SettingKey[]).includes(key);
    const reason = locked ? READ_ONLY_REASONS.locked(rule?.reason ?? "") : initOnly ? READ_ONLY_REASONS.initializationOnly : pageReason;
    settings[key] = {
      editable: canEdit && !locked && !initOnly,
      ...(reason && !(canEdit && !locked && !initOnly) ? { reason } : {}),
      ...(locked ? { locked: true } : {}),
      pending: JSON.stringify(desired[key]) !== JSON.stringify(applied[key]),
      drift: drift[key] ?? null,
      ...(allowedValues(key, applied) ? { allowed: allowedValues(key, applied) } : {}),
    };
  }
  const ca = desired.customCaCertificate ? inspectCaCertificate(desired.customCaCertificate) : null;
  const failure = cluster.settingsFailure as SettingsView["lastFailure"];
  return {
    clusterId: cluster.id,
    version: cluster.settingsVersion,
    desired: visible(ctx, desired),
    applied: visible(ctx, applied),
    networkMode: networkModeOf(desired.loadBalancer, desired.networkIsolated),
    canEdit,
    ...(pageReason ? { readOnlyReason: pageReason } : {}),
    canRecover: canEdit && can(actor, "recover:cluster", cluster.orgId),
    settings,
    runningOperationId: running,
    lastFailure: failure ?? null,
    driftCheckedAt: cluster.driftCheckedAt?.toISOString() ?? null,
    driftedComponents: (stored.components ?? []).map((c) => ({ component: c.resource, missing: c.missing, properties: c.properties })),
    customCa: ca?.ok ? ca.facts : null,
  };
}

/** The settings of one cluster the actor may see (another organisation's: not found). */
export async function getClusterSettings(db: DbOrTx, actor: Actor, clusterId: string, azure: AzureGateway = azureGatewayFromEnv()): Promise<SettingsView> {
  const ctx = await loadSettingsContext(db, actor, clusterId);
  return buildSettingsView(db, azure, actor, ctx);
}
