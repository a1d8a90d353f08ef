import "server-only";
import type PgBoss from "pg-boss";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { ZClusterSettings } from "@/lib/cluster-settings";
import { reviveMessages as t } from "@/lib/messages-offboarding";
import { withinGrace } from "@/lib/offboarding";
import { zText } from "@/lib/text";
import { assertStaff, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError, notFound } from "../../errors";
import { parseInput } from "../../validate";
import { queueInitialization } from "./initialize-cluster";

export const ZReviveInput = z.object({ purpose: zText(500, { min: 5, trim: true }) });

/** The settings a cluster last ran with; null when it never finished an initialization. */
function lastSettings(actualSettings: Prisma.JsonValue) {
  if (!actualSettings || typeof actualSettings !== "object" || Object.keys(actualSettings).length === 0) return null;
  const parsed = ZClusterSettings.safeParse(actualSettings);
  return parsed.success ? parsed.data : null;
}

/**
 * POST /admin/clusters/{id}/revive: a platform admin brings back an off-boarded cluster's
 * registration within the grace period, with a purpose the customer sees in their activity log.
 * A cluster that had been initialized is initialized again from its last settings (the
 * initialization use case's queue and job); one that never was waits for initialization again.
 */
export async function reviveCluster(db: Db, boss: PgBoss, actor: Actor, clusterId: string, input: unknown, now = new Date()) {
  assertStaff(actor, "revive:cluster");
  if (!z.string().uuid().safeParse(clusterId).success) throw notFound("Cluster");
  const { purpose } = parseInput(ZReviveInput, input);
  const cluster = await db.cluster.findUnique({ where: { id: clusterId } });
  if (!cluster) throw notFound("Cluster");
  const refuse = async (message: string) => {
    await recordAudit(db, { orgId: cluster.orgId, actor, action: "cluster.revive.refused", targetType: "cluster", targetId: cluster.id, outcome: "DENIED", purpose, after: { reason: message } });
    throw new AppError("conflict", message);
  };
  if (cluster.status !== "OFFBOARDED") return refuse(t.notOffboarded);
  if (!withinGrace(cluster.offboardedAt, now)) return refuse(t.expired);

  const settings = lastSettings(cluster.actualSettings);
  const next = settings ? "INITIALIZING" : "READY_TO_INITIALIZE";
  // Claim, queue and audit together (see initializeCluster).
  const revived = await db.$transaction(async (tx) => {
    const claimed = await tx.cluster.updateMany({
      where: { id: cluster.id, status: "OFFBOARDED" },
      data: settings
        ? { status: next, offboardedAt: null, desiredSettings: settings as unknown as Prisma.InputJsonValue, lastError: Prisma.DbNull }
        : { status: next, offboardedAt: null, desiredSettings: {}, lastError: Prisma.DbNull },
    });
    if (claimed.count === 0) return null;
    const operation = settings ? await queueInitialization(tx, boss, actor, cluster, { settings, mode: "initialize" }, purpose) : null;
    await recordAudit(tx, {
      orgId: cluster.orgId,
      actor,
      action: "cluster.revive",
      targetType: "cluster",
      targetId: cluster.id,
      purpose,
      before: { status: "OFFBOARDED", offboardedAt: cluster.offboardedAt?.toISOString() ?? null },
      after: { status: next, ...(operation ? { operationId: operation.id } : {}) },
    });
    return { status: next, operationId: operation?.id ?? null };
  });
  return revived ?? refuse(t.notOffboarded);
}
