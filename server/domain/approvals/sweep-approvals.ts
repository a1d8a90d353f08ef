import "server-only";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { moveApproval, settleApprovalOfOperation } from "../../store/approvals";
import type { ApprovalDeps } from "./deps";
import { executeApproval } from "./execute-approval";

// The approvals sweep (every 5 minutes): pending requests older than 24 hours and approvals older
// than 2 hours lapse (Expired); approved actions that could not start yet are tried again; a request
// whose operation has finished takes its outcome (in case the worker stopped between the two writes).

const BATCH = 500;

export async function sweepApprovals(db: Db, deps: ApprovalDeps) {
  const now = deps.now ?? new Date();
  const lapsed = await db.approvalRequest.findMany({ where: { state: { in: ["PENDING", "APPROVED"] }, expiresAt: { lte: now } }, select: { id: true, orgId: true, state: true }, take: BATCH });
  let expired = 0;
  for (const request of lapsed) {
    if (!(await moveApproval(db, request.id, request.state, { state: "EXPIRED" }))) continue;
    expired++;
    await recordAudit(db, { orgId: request.orgId, actorKind: "SYSTEM", action: "approval.expire", targetType: "approval", targetId: request.id, before: { state: request.state }, after: { state: "EXPIRED" } });
  }

  const waiting = await db.approvalRequest.findMany({ where: { state: "APPROVED", kind: { not: "scheduled_update" }, expiresAt: { gt: now } }, select: { id: true }, take: BATCH });
  for (const request of waiting) await executeApproval(db, deps, request.id);

  const executing = await db.approvalRequest.findMany({ where: { state: "EXECUTING", operationId: { not: null } }, select: { operationId: true }, take: BATCH });
  const finished = await db.operation.findMany({ where: { id: { in: executing.map((r) => r.operationId!) }, status: { in: ["SUCCEEDED", "FAILED", "CANCELLED"] } }, select: { id: true, status: true, error: true } });
  for (const operation of finished) await settleApprovalOfOperation(db, operation.id, operation.status === "SUCCEEDED", operation.error ?? undefined);
  return { expired, retried: waiting.length, settled: finished.length };
}
