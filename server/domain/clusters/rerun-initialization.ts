import "server-only";
import type PgBoss from "pg-boss";
import { Prisma } from "@/generated/prisma/client";
import { ZClusterSettings } from "@/lib/cluster-settings";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { queueInitialization } from "./initialize-cluster";
import { findOrgCluster } from "./run-preflight";

/**
 * Continues a failed initialization with the settings the customer chose: the reconciler keeps
 * what exists and creates the rest. Owner only, Failed clusters only. A failed rerun opens a
 * support ticket automatically (see reconcile-cluster.ts).
 */
export async function rerunInitialization(db: Db, boss: PgBoss, actor: Actor, clusterId: string) {
  const cluster = await findOrgCluster(db, actor, clusterId);
  assertCan(actor, "initialize:cluster", cluster.orgId);
  if (cluster.status !== "FAILED") throw new AppError("conflict", "Only a cluster whose initialization failed can be rerun.");
  const settings = ZClusterSettings.parse(cluster.desiredSettings ?? {});
  // Claim, queue and audit together (see initializeCluster).
  const operation = await db.$transaction(async (tx) => {
    const claimed = await tx.cluster.updateMany({
      where: { id: cluster.id, status: "FAILED" },
      data: { status: "INITIALIZING", rerunCount: { increment: 1 }, lastError: Prisma.DbNull, desiredSettings: settings as unknown as Prisma.InputJsonValue },
    });
    if (claimed.count === 0) return null;
    const started = await queueInitialization(tx, boss, actor, cluster, { settings, mode: "rerun" }, `rerun #${cluster.rerunCount + 1}`);
    await recordAudit(tx, { orgId: cluster.orgId, actor, action: "cluster.rerun", targetType: "cluster", targetId: cluster.id, before: { status: "FAILED", lastError: cluster.lastError ?? null } as Prisma.InputJsonValue, after: { status: "INITIALIZING", rerun: cluster.rerunCount + 1 } });
    return started;
  });
  if (!operation) throw new AppError("conflict", "This cluster is already being initialized.");
  return operation;
}
