import "server-only";
import { z } from "zod";
import type { ApprovalState, Prisma } from "@/generated/prisma/client";
import type { ApprovalDto, ApprovalListQuery } from "@/lib/approvals";
import type { Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { notFound } from "../errors";
import { clusterScope } from "./clusters";

// Approval requests and auto-approval windows of the JIT plan, as the acting user may see them:
// of the clusters of their organisations only; another organisation's request is "not found".

const ZId = z.string().uuid();

const requestInclude = {
  requestedBy: { select: { name: true, email: true } },
  decidedBy: { select: { name: true, email: true } },
  cluster: { select: { id: true, name: true, orgId: true, status: true, connection: { select: { subscriptionId: true } } } },
} satisfies Prisma.ApprovalRequestInclude;

export type ApprovalRow = Prisma.ApprovalRequestGetPayload<{ include: typeof requestInclude }>;

/** One request the actor may see (through its cluster), or not_found. */
export async function findApproval(db: DbOrTx, actor: Actor, approvalId: string): Promise<ApprovalRow> {
  if (!ZId.safeParse(approvalId).success) throw notFound("Approval request");
  const request = await db.approvalRequest.findFirst({ where: { id: approvalId, cluster: clusterScope(actor) }, include: requestInclude });
  if (!request) throw notFound("Approval request");
  return request;
}

/** One page of a cluster's requests (checked visible by the caller), newest first (a pending request is at most 24 h old, so open ones lead). */
export async function listClusterApprovals(db: DbOrTx, cluster: { id: string; orgId: string }, query: ApprovalListQuery) {
  const where = { clusterId: cluster.id, orgId: cluster.orgId };
  const [rows, total] = await Promise.all([
    db.approvalRequest.findMany({
      where,
      include: requestInclude,
      orderBy: [{ requestedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.approvalRequest.count({ where }),
  ]);
  return { items: rows, total, page: query.page, pageSize: query.pageSize };
}

/** The windows of a cluster that have not ended yet (at most 50). */
export async function listActiveWindows(db: DbOrTx, cluster: { id: string; orgId: string }, now: Date) {
  return db.autoApprovalWindow.findMany({
    where: { clusterId: cluster.id, orgId: cluster.orgId, endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 50,
    include: { createdBy: { select: { name: true } } },
  });
}

/** Moves a request from one state to another only if it is still in `from` (a conditional update: two deciders cannot both win). */
export async function moveApproval(db: DbOrTx, id: string, from: ApprovalState, data: Prisma.ApprovalRequestUncheckedUpdateManyInput): Promise<boolean> {
  const result = await db.approvalRequest.updateMany({ where: { id, state: from }, data });
  return result.count === 1;
}

/** The request whose held action is this operation ends with it (called when the operation finishes). */
export async function settleApprovalOfOperation(db: DbOrTx, operationId: string, succeeded: boolean, error?: Prisma.InputJsonValue): Promise<void> {
  await db.approvalRequest.updateMany({
    where: { operationId, state: "EXECUTING" },
    data: succeeded ? { state: "COMPLETE" } : { state: "FAILED", error: error ?? { code: "operation_failed", message: "The operation failed." } },
  });
}

export function approvalView(request: ApprovalRow): ApprovalDto {
  return {
    id: request.id,
    clusterId: request.clusterId,
    kind: request.kind,
    state: request.state,
    summary: request.summary,
    environmentId: request.environmentId,
    requestedBy: request.requestedBy ? { name: request.requestedBy.name, email: request.requestedBy.email } : null,
    requestedAt: request.requestedAt.toISOString(),
    expiresAt: request.expiresAt.toISOString(),
    dueAt: request.dueAt?.toISOString() ?? null,
    decidedBy: request.decidedBy ? { name: request.decidedBy.name, email: request.decidedBy.email } : null,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionNote: request.decisionNote,
    autoApproved: request.autoApprovalWindowId !== null,
    operationId: request.operationId,
    failure: (request.error as { code: string; message: string } | null) ?? null,
  };
}
