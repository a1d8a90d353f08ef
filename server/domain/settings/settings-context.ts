import "server-only";
import { DEFAULT_CLUSTER_SETTINGS, ZClusterSettings, type ClusterSettings } from "@/lib/cluster-settings";
import { READ_ONLY_REASONS } from "@/lib/messages-settings";
import type { SettingKey } from "@/lib/settings-api";
import { can, orgRole, type Actor, type OrgPermission } from "../../auth/permissions";
import type { AzureGateway } from "../../azure/gateway";
import type { DbOrTx } from "../../db";
import { getCluster, type ClusterDetail } from "../../store/clusters";
import { effectivePolicy, type PolicyRules } from "../../store/settings-policy";
import { inspectCaCertificate } from "./ca-certificate";
import { checkAzureRole } from "./azure-role";

// What every settings use case starts from: the cluster as the actor may see it (another
// organisation's is not found), its desired and applied settings, the policy and the running change.

export interface SettingsContext {
  cluster: ClusterDetail;
  desired: ClusterSettings;
  applied: ClusterSettings;
  policy: PolicyRules;
  runningOperationId: string | null;
}

/** Stored settings with every key filled in (older rows lack the newer settings: their defaults hold). */
export function settingsOf(json: unknown): ClusterSettings {
  const parsed = ZClusterSettings.safeParse({ ...DEFAULT_CLUSTER_SETTINGS, ...((json ?? {}) as object) });
  return parsed.success ? parsed.data : DEFAULT_CLUSTER_SETTINGS;
}

export async function loadSettingsContext(db: DbOrTx, actor: Actor, clusterId: string): Promise<SettingsContext> {
  const cluster = await getCluster(db, actor, clusterId);
  const [policy, running] = await Promise.all([
    effectivePolicy(db, cluster.orgId),
    cluster.settingsOperationId ? db.operation.findUnique({ where: { id: cluster.settingsOperationId }, select: { id: true, status: true } }) : null,
  ]);
  const applied = settingsOf(cluster.actualSettings);
  return {
    cluster,
    desired: cluster.status === "READY_TO_INITIALIZE" ? applied : settingsOf(cluster.desiredSettings),
    applied,
    policy,
    runningOperationId: running && (running.status === "QUEUED" || running.status === "RUNNING") ? running.id : null,
  };
}

export type EditRight = { ok: true } | { ok: false; reason: string; code: "forbidden" | "conflict" };

/** May the actor change this cluster's settings (or recover it)? Portal role first, then the Azure role. */
export async function editRight(db: DbOrTx, azure: AzureGateway, actor: Actor, ctx: SettingsContext, permission: OrgPermission = "update:cluster-settings"): Promise<EditRight> {
  const { cluster } = ctx;
  if (!can(actor, permission, cluster.orgId)) {
    const managerWithReadToken = actor.tokenScopes && orgRole(actor, cluster.orgId) !== "MEMBER";
    return { ok: false, code: "forbidden", reason: managerWithReadToken ? READ_ONLY_REASONS.token : READ_ONLY_REASONS.member };
  }
  if (cluster.status !== "INITIALIZED") return { ok: false, code: "conflict", reason: READ_ONLY_REASONS.notInitialized };
  const role = await checkAzureRole(db, azure, actor, cluster.connection.subscriptionId);
  return role.ok ? { ok: true } : { ok: false, code: "forbidden", reason: role.reason };
}

/** How a setting's value is written to the activity log (a certificate by its fingerprint, never the PEM). */
export function auditValue(key: SettingKey, value: unknown): unknown {
  if (key === "customCaCertificate") {
    if (!value) return null;
    const inspected = inspectCaCertificate(String(value));
    return inspected.ok ? { certificate: inspected.facts.subject, fingerprint256: inspected.facts.fingerprint256 } : "certificate";
  }
  return value;
}

export function auditValues(keys: SettingKey[], settings: ClusterSettings): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, auditValue(key, settings[key])]));
}
