import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { approvalMessages } from "@/lib/messages-approvals";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { moveApproval } from "../../store/approvals";
import { parseInput } from "../../validate";
import { hasLapsed } from "./approval-rules";
import { isJitOrg, requestApproval } from "./request-approval";

// The two calls service updates make on the JIT plan (PRODUCT.md §13: one request per environment
// at T-7, approval window T-7…T-0, only approved environments are updated). The request lapses at
// its due time while pending; once approved it stays valid until 2 hours after the due time.

export const ZScheduledUpdateRequest = z.object({
  clusterId: z.string().uuid(),
  environmentId: z.string().uuid(),
  /** When the update is due (T-0). */
  dueAt: z.date(),
  /** The release's name as customers see it, e.g. "2027.1". */
  release: z.string().min(1).max(100),
  /** Anything the update needs to run later (the release's id, versions), kept with the request. */
  details: z.record(z.string(), z.unknown()).default({}),
});

/**
 * Asks for approval of a scheduled update of one environment (a system request). On the Standard
 * plan nothing is held: returns null and the update simply runs. Inside an auto-approval window the
 * request is approved at once (Executing under the returned operationId, which the caller must use).
 */
export async function requestScheduledUpdate(db: Db, input: z.input<typeof ZScheduledUpdateRequest>, now = new Date()) {
  const data = parseInput(ZScheduledUpdateRequest, input);
  const environment = await db.environment.findFirst({ where: { id: data.environmentId, clusterId: data.clusterId }, select: { name: true, orgId: true } });
  if (!environment) throw new AppError("not_found", "Environment not found.");
  if (!(await isJitOrg(db, environment.orgId))) return null;
  const operationId = randomUUID();
  const outcome = await requestApproval(
    db,
    null,
    {
      kind: "scheduled_update",
      cluster: { id: data.clusterId, orgId: environment.orgId },
      environmentId: data.environmentId,
      dueAt: data.dueAt,
      payload: { release: data.release, details: data.details as Record<string, string> },
      summary: approvalMessages.summaries.scheduledUpdate(data.release, environment.name),
    },
    { operationId, now },
  );
  return { approvalId: outcome.request.id, state: outcome.request.state, operationId: outcome.autoApproved ? operationId : null };
}

/**
 * At the due time: claims an approved scheduled update for the update's operation (Approved →
 * Executing). False when it was not approved (or has lapsed): that environment is skipped.
 */
export async function claimScheduledUpdate(db: Db, approvalId: string, operationId: string, now = new Date()): Promise<boolean> {
  const request = await db.approvalRequest.findUnique({ where: { id: approvalId } });
  if (!request || request.kind !== "scheduled_update") return false;
  if (request.state === "EXECUTING") return request.operationId === operationId;
  if (request.state !== "APPROVED" || hasLapsed(request, now)) return false;
  return moveApproval(db, request.id, "APPROVED", { state: "EXECUTING", operationId });
}
