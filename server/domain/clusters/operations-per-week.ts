import "server-only";
import { bucketsFrom, weeklyBuckets, type WeekBucket } from "@/lib/weekly-buckets";
import { assertCan, type Actor } from "../../auth/permissions";
import type { DbOrTx } from "../../db";
import type { ClusterDetail } from "../../store/clusters";

export const CHART_WEEKS = 8;
/** Bound of the rows read for the chart (far above what a cluster does in eight weeks). */
const MAX_ROWS = 5000;

/**
 * The cluster's operations of the last weeks, counted per week and outcome (the overview's chart). The
 * cluster is the one getCluster gave this actor (the overview has it already: no second read of it).
 */
export async function operationsPerWeek(db: DbOrTx, actor: Actor, cluster: Pick<ClusterDetail, "id" | "orgId">, now = new Date()): Promise<WeekBucket[]> {
  assertCan(actor, "read:cluster", cluster.orgId);
  const operations = await db.operation.findMany({
    where: { clusterId: cluster.id, createdAt: { gte: bucketsFrom(now, CHART_WEEKS) } },
    select: { createdAt: true, status: true },
    orderBy: { createdAt: "desc" },
    take: MAX_ROWS,
  });
  return weeklyBuckets(operations, now, CHART_WEEKS);
}
