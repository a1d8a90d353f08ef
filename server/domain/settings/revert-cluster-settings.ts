import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { SETTINGS_API_MESSAGES } from "@/lib/messages-settings";
import type { SettingsView } from "@/lib/settings-api";
import type { Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { AzureGateway } from "../../azure/gateway";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { buildSettingsView } from "./get-cluster-settings";
import { auditValues, editRight, loadSettingsContext } from "./settings-context";
import { changedKeys } from "./transition-rules";

/**
 * POST /clusters/{id}/settings/revert: the desired settings become the applied ones again (after
 * a failed apply). No Azure call; the version moves, so a stale page cannot overwrite it.
 */
export async function revertClusterSettings(db: Db, azure: AzureGateway, actor: Actor, clusterId: string): Promise<SettingsView> {
  const ctx = await loadSettingsContext(db, actor, clusterId);
  const right = await editRight(db, azure, actor, ctx);
  if (!right.ok) throw new AppError(right.code, right.reason);
  if (ctx.runningOperationId) throw new AppError("operation_running", SETTINGS_API_MESSAGES.operationRunning);
  const keys = changedKeys(ctx.applied, ctx.desired);
  if (keys.length === 0) throw new AppError("conflict", SETTINGS_API_MESSAGES.nothingToRevert);
  const reverted = await db.cluster.updateMany({
    where: { id: ctx.cluster.id, settingsOperationId: null, settingsVersion: ctx.cluster.settingsVersion },
    data: { desiredSettings: ctx.applied as unknown as Prisma.InputJsonValue, settingsVersion: { increment: 1 }, settingsFailure: Prisma.DbNull },
  });
  if (reverted.count === 0) throw new AppError("version_conflict", SETTINGS_API_MESSAGES.versionConflict);
  await recordAudit(db, {
    orgId: ctx.cluster.orgId,
    actor,
    action: "cluster.settings.revert",
    targetType: "cluster",
    targetId: ctx.cluster.id,
    before: auditValues(keys, ctx.desired) as Prisma.InputJsonValue,
    after: auditValues(keys, ctx.applied) as Prisma.InputJsonValue,
  });
  return buildSettingsView(db, azure, actor, await loadSettingsContext(db, actor, clusterId));
}
