import "server-only";
import { ZApprovalListQuery } from "@/lib/approvals";
import { assertCan, type Actor } from "../../auth/permissions";
import type { DbOrTx } from "../../db";
import { approvalView, listActiveWindows, listClusterApprovals } from "../../store/approvals";
import { getCluster } from "../../store/clusters";
import { parseInput } from "../../validate";

/** GET /clusters/{id}/approvals: one page of the cluster's requests (newest first) and its current auto-approval windows. */
export async function listApprovals(db: DbOrTx, actor: Actor, clusterId: string, query: unknown, now = new Date()) {
  const cluster = await getCluster(db, actor, clusterId);
  assertCan(actor, "read:cluster", cluster.orgId);
  const page = await listClusterApprovals(db, cluster, parseInput(ZApprovalListQuery, query));
  const windows = await listActiveWindows(db, cluster, now);
  return {
    cluster,
    plan: cluster.org.plan,
    items: page.items.map(approvalView),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    windows: windows.map((w) => ({ id: w.id, startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString(), reason: w.reason, createdBy: w.createdBy?.name ?? null })),
  };
}
