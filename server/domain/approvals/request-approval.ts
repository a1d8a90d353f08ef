import "server-only";
import type { ApprovalRequest, Prisma } from "@/generated/prisma/client";
import type { ApprovalKind } from "@/lib/approvals";
import type { Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { DbOrTx } from "../../db";
import { listActiveWindows } from "../../store/approvals";
import { approvalExpiry, coveringWindow, pendingExpiry } from "./approval-rules";

// On the JIT plan an action is held as an approval request instead of running (PRODUCT.md §13).
// A request made inside an owner's auto-approval window is approved at once and recorded so; the
// caller then runs the action under the operation id it passed (the request is Executing).

export interface HeldAction {
  kind: ApprovalKind;
  cluster: { id: string; orgId: string };
  /** The action's input, already validated with the action's own zod schema (validated again when it runs). */
  payload: Prisma.InputJsonValue;
  summary: string;
  environmentId?: string | null;
  /** When a scheduled update is due (scheduled_update only). */
  dueAt?: Date | null;
}

export interface ApprovalOutcome {
  request: ApprovalRequest;
  /** True when a window approved it: the caller runs the action now with `operationId`. */
  autoApproved: boolean;
}

/** Does the organisation's plan hold actions for approval? */
export async function isJitOrg(db: DbOrTx, orgId: string): Promise<boolean> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { plan: true } });
  return org?.plan === "JIT";
}

/**
 * Records the request (Pending, lapsing after 24 hours; a scheduled update lapses at its due time),
 * or, inside an auto-approval window, as approved by that window and Executing under `operationId`.
 */
export async function requestApproval(db: DbOrTx, actor: Actor | null, action: HeldAction, options: { operationId: string; now?: Date }): Promise<ApprovalOutcome> {
  const now = options.now ?? new Date();
  const window = coveringWindow(await listActiveWindows(db, action.cluster, now), now);
  const pendingUntil = action.kind === "scheduled_update" && action.dueAt ? action.dueAt : pendingExpiry(now);
  const request = await db.approvalRequest.create({
    data: {
      orgId: action.cluster.orgId,
      clusterId: action.cluster.id,
      kind: action.kind,
      environmentId: action.environmentId ?? null,
      payload: action.payload,
      summary: action.summary,
      requestedById: actor?.userId ?? null,
      requestedAt: now,
      dueAt: action.dueAt ?? null,
      ...(window
        ? { state: "EXECUTING", decidedAt: now, autoApprovalWindowId: window.id, operationId: options.operationId, expiresAt: approvalExpiry(now) }
        : { state: "PENDING", expiresAt: pendingUntil }),
    },
  });
  const audit = { orgId: action.cluster.orgId, targetType: "approval", targetId: request.id } as const;
  await recordAudit(db, { ...audit, actor, action: "approval.request", after: { kind: action.kind, clusterId: action.cluster.id, summary: action.summary, expiresAt: pendingUntil.toISOString() } });
  if (window) {
    await recordAudit(db, {
      ...audit,
      actorKind: "SYSTEM",
      action: "approval.auto-approve",
      before: { state: "PENDING" },
      after: { state: "APPROVED", windowId: window.id, windowEndsAt: window.endsAt.toISOString(), operationId: options.operationId },
      purpose: window.reason,
    });
  }
  return { request, autoApproved: window !== null };
}
