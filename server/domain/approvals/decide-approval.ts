import "server-only";
import { ZApprovalDecision, APPROVAL_VALID_MS } from "@/lib/approvals";
import type { Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { approvalView, findApproval, moveApproval } from "../../store/approvals";
import { parseInput } from "../../validate";
import { approvalExpiry, decisionRefusal, hasLapsed } from "./approval-rules";
import { approverRight } from "./approver-right";
import type { ApprovalDeps } from "./deps";
import { executeApproval } from "./execute-approval";

// POST /approvals/{id}/approve|deny: an approver (decide:approvals + Owner or Contributor on the
// subscription) decides a pending request of a cluster they see; another organisation's request is
// not found, anyone else is refused (403), and every decision and refusal is in the activity log.
// An approval runs the held action at once (Approved → Executing); it stays valid for 2 hours.

export type Decision = "approve" | "deny";

export async function decideApproval(db: Db, deps: ApprovalDeps, actor: Actor, approvalId: string, decision: Decision, input: unknown) {
  const request = await findApproval(db, actor, approvalId);
  const { note } = parseInput(ZApprovalDecision, input ?? {});
  const audit = { orgId: request.orgId, actor, action: `approval.${decision}`, targetType: "approval", targetId: request.id } as const;
  const right = await approverRight(db, deps.azure, actor, { orgId: request.orgId, subscriptionId: request.cluster.connection.subscriptionId });
  if (!right.ok) {
    await recordAudit(db, { ...audit, outcome: "DENIED", after: { reason: right.reason } });
    throw new AppError("forbidden", right.reason);
  }
  const now = deps.now ?? new Date();
  const refusal = decisionRefusal(request, now);
  if (refusal) {
    if (hasLapsed(request, now) && (await moveApproval(db, request.id, request.state, { state: "EXPIRED" }))) {
      await recordAudit(db, { orgId: request.orgId, actorKind: "SYSTEM", action: "approval.expire", targetType: "approval", targetId: request.id, before: { state: request.state }, after: { state: "EXPIRED" } });
    }
    throw new AppError("conflict", refusal);
  }
  const approved = decision === "approve";
  // A scheduled update's approval holds until its due time (plus the usual 2 hours to start).
  const validUntil = request.kind === "scheduled_update" && request.dueAt ? new Date(request.dueAt.getTime() + APPROVAL_VALID_MS) : approvalExpiry(now);
  const moved = await moveApproval(db, request.id, "PENDING", {
    state: approved ? "APPROVED" : "DENIED",
    decidedById: actor.userId,
    decidedAt: now,
    decisionNote: note || null,
    ...(approved ? { expiresAt: validUntil } : {}),
  });
  if (!moved) throw new AppError("conflict", "Someone else decided this request a moment ago.");
  await recordAudit(db, { ...audit, before: { state: "PENDING" }, after: { state: approved ? "APPROVED" : "DENIED", summary: request.summary, azureRole: right.role, ...(note ? { note } : {}) } });
  if (approved) await executeApproval(db, deps, request.id);
  return approvalView(await findApproval(db, actor, request.id));
}
