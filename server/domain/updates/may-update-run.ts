import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { updateNotices } from "@/lib/messages-updates";
import type { Db, DbOrTx } from "../../db";
import { hasLapsed } from "../approvals/approval-rules";
import { isJitOrg } from "../approvals/request-approval";
import { requestScheduledUpdate } from "../approvals/request-scheduled-update";

// The JIT plan (PRODUCT.md §13) and service updates: a week before a cluster's update (T-7) every
// environment of the cluster gets its approval request; at the due time the update runs only when
// every environment's request is approved (or was approved by an auto-approval window), else it is
// skipped with the environments that were not approved. When it ends, those requests end with it.
// On the Standard plan nothing is asked and every update may run; nor is it for emergency releases,
// which are not scheduled upgrades (support policy: ad-hoc emergency updates, logged with a purpose).

export interface UpdateGate {
  allowed: boolean;
  /** Why not, shown on the update when it is skipped. */
  reason?: string;
}

interface UpdateRef {
  id: string;
  clusterId: string;
  scheduledFor: Date;
  release: { version: string; kind: string };
  cluster: { orgId: string };
}

const MAX_ENVIRONMENTS = 100;
const ofUpdate = (updateId: string): Prisma.ApprovalRequestWhereInput => ({ kind: "scheduled_update", payload: { path: ["details", "updateId"], equals: updateId } });

/** T-7: on the JIT plan, one approval request per environment of the cluster (none twice). */
export async function requestUpdateApprovals(db: Db, update: UpdateRef, now: Date): Promise<number> {
  if (update.release.kind === "EMERGENCY" || !(await isJitOrg(db, update.cluster.orgId))) return 0;
  const environments = await db.environment.findMany({ where: { clusterId: update.clusterId }, select: { id: true }, orderBy: { name: "asc" }, take: MAX_ENVIRONMENTS });
  const asked = new Set((await db.approvalRequest.findMany({ where: ofUpdate(update.id), select: { environmentId: true }, take: MAX_ENVIRONMENTS })).map((request) => request.environmentId));
  let created = 0;
  for (const environment of environments.filter((candidate) => !asked.has(candidate.id))) {
    await requestScheduledUpdate(db, { clusterId: update.clusterId, environmentId: environment.id, dueAt: update.scheduledFor, release: update.release.version, details: { updateId: update.id } }, now);
    created++;
  }
  return created;
}

/** Just before the update starts: may it run on this cluster now? Claims the approvals when it may. */
export async function mayClusterUpdateRun(db: Db, update: UpdateRef, now = new Date()): Promise<UpdateGate> {
  if (update.release.kind === "EMERGENCY" || !(await isJitOrg(db, update.cluster.orgId))) return { allowed: true };
  const environments = await db.environment.findMany({ where: { clusterId: update.clusterId }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: MAX_ENVIRONMENTS });
  const requests = await db.approvalRequest.findMany({ where: ofUpdate(update.id), take: MAX_ENVIRONMENTS });
  const approved = (environmentId: string) =>
    requests.some((request) => request.environmentId === environmentId && (request.state === "EXECUTING" || (request.state === "APPROVED" && !hasLapsed(request, now))));
  const missing = environments.filter((environment) => !approved(environment.id)).map((environment) => environment.name);
  if (missing.length > 0) return { allowed: false, reason: updateNotices.notApproved(missing) };
  await db.approvalRequest.updateMany({ where: { ...ofUpdate(update.id), state: "APPROVED" }, data: { state: "EXECUTING" } });
  return { allowed: true };
}

/** The update ended: its environments' requests end with it. */
export async function settleUpdateApprovals(db: DbOrTx, updateId: string, succeeded: boolean, error?: Prisma.InputJsonValue): Promise<void> {
  await db.approvalRequest.updateMany({
    where: { ...ofUpdate(updateId), state: "EXECUTING" },
    data: succeeded ? { state: "COMPLETE" } : { state: "FAILED", error: error ?? { code: "operation_failed", message: "The update failed." } },
  });
}
