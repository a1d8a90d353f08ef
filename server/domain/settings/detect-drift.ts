import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SettingKey } from "@/lib/settings-api";
import { recordAudit } from "../../audit/record";
import type { AzureGateway } from "../../azure/gateway";
import { compareWithAzure } from "../../azure/settings-adapter";
import type { Db } from "../../db";
import { planFor } from "../clusters/reconcile-cluster";
import type { StoredDrift } from "./get-cluster-settings";
import { settingsOf } from "./settings-context";

// Drift: Azure holds another value than the desired settings (a SKU scaled or a tag edited in the
// Azure portal). Found on refresh and by the periodic job; recorded on the cluster (the page marks
// the settings and components) and, when something new drifted, in the activity log.

export async function detectDrift(db: Db, azure: AzureGateway, clusterId: string, source: "refresh" | "schedule"): Promise<StoredDrift | null> {
  const cluster = await db.cluster.findUniqueOrThrow({ where: { id: clusterId }, include: { connection: true } });
  if (cluster.status !== "INITIALIZED" || cluster.settingsOperationId) return null;
  const desired = settingsOf(cluster.desiredSettings);
  const plan = planFor(cluster, cluster.connection.subscriptionId, desired);
  const diffs = await compareWithAzure(azure.clientsFor(cluster.connection.subscriptionId), plan);
  const previous = ((cluster.settingsDrift ?? {}) as StoredDrift).settings ?? {};
  const now = new Date().toISOString();
  const settings: NonNullable<StoredDrift["settings"]> = {};
  for (const diff of diffs) {
    for (const change of diff.changes) {
      const field = diff.spec.fields.find((f) => f.path.join(".") === change.path);
      // storageSizeGB follows storage.tier; only fields that stand for one setting are reported.
      if (field && !field.toSetting && field.keys[0] !== "customCaCertificate") continue;
      const key = change.keys[0];
      if (settings[key]) continue;
      let azureValue: unknown;
      if (change.path === "(resource)") azureValue = change.from === "exists";
      else if (diff.missing) azureValue = null;
      else azureValue = field?.toSetting ? field.toSetting(change.from) : change.from;
      const seen = previous[key];
      settings[key] = { azureValue, detectedAt: seen && JSON.stringify(seen.azureValue) === JSON.stringify(azureValue) ? seen.detectedAt : now };
    }
  }
  const drift: StoredDrift = {
    settings,
    components: diffs.map((d) => ({ kind: d.spec.kind, resource: d.spec.label, missing: d.missing, properties: d.changes.map((c) => c.path) })),
  };
  const fresh = (Object.keys(settings) as SettingKey[]).filter((key) => settings[key]!.detectedAt === now);
  const claimed = await db.cluster.updateMany({
    where: { id: cluster.id, settingsOperationId: null },
    data: { settingsDrift: diffs.length ? (drift as unknown as Prisma.InputJsonValue) : Prisma.DbNull, driftCheckedAt: new Date() },
  });
  if (claimed.count && (fresh.length || (diffs.length && !cluster.settingsDrift))) {
    await recordAudit(db, {
      orgId: cluster.orgId,
      actorKind: "SYSTEM",
      action: "cluster.settings.drift-detected",
      targetType: "cluster",
      targetId: cluster.id,
      before: Object.fromEntries(fresh.map((key) => [key, key === "customCaCertificate" ? "certificate" : desired[key]])) as Prisma.InputJsonValue,
      after: { azure: Object.fromEntries(fresh.map((key) => [key, settings[key]!.azureValue])), components: drift.components, source } as unknown as Prisma.InputJsonValue,
    });
  }
  return drift;
}
