import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { ApprovalRequest } from "@/generated/prisma/client";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { moveApproval } from "../../store/approvals";
import { loadActor } from "../../store/actors";
import { createEnvironment } from "../environments/create-environment";
import { updateClusterSettings } from "../settings/update-cluster-settings";
import { hasLapsed } from "./approval-rules";
import type { ApprovalDeps } from "./deps";

// Runs the action an approved request holds, as the normal operation of its use case, on behalf of
// the person who asked (their rights are checked again). Approved → Executing claims the request
// with a conditional update, so it runs once however many callers try. An action that cannot start
// because another change of the cluster runs stays Approved and is tried again by the sweep until
// its approval lapses (2 hours); any other refusal fails the request with the reason.

const ZHeldSettings = z.object({ patch: z.record(z.string(), z.unknown()) });

/** Error codes that mean "not now" rather than "never". */
const RETRY_LATER = new Set(["operation_running"]);

export async function executeApproval(db: Db, deps: ApprovalDeps, approvalId: string): Promise<ApprovalRequest> {
  const now = deps.now ?? new Date();
  const request = await db.approvalRequest.findUniqueOrThrow({ where: { id: approvalId } });
  if (request.state !== "APPROVED") return request;
  if (hasLapsed(request, now)) {
    if (await moveApproval(db, request.id, "APPROVED", { state: "EXPIRED" })) {
      await recordAudit(db, { orgId: request.orgId, actorKind: "SYSTEM", action: "approval.expire", targetType: "approval", targetId: request.id, before: { state: "APPROVED" }, after: { state: "EXPIRED" } });
    }
    return db.approvalRequest.findUniqueOrThrow({ where: { id: approvalId } });
  }
  // A scheduled update is started by the update rollout at its due time (claimScheduledUpdate).
  if (request.kind === "scheduled_update") return request;

  const operationId = randomUUID();
  if (!(await moveApproval(db, request.id, "APPROVED", { state: "EXECUTING", operationId }))) return db.approvalRequest.findUniqueOrThrow({ where: { id: approvalId } });
  const held = { approvalId: request.id, operationId };
  try {
    const requester = request.requestedById ? await loadActor(db, request.requestedById) : null;
    if (!requester) throw new AppError("forbidden", "The person who asked no longer has access.");
    if (request.kind === "environment_create") {
      await createEnvironment(db, deps, requester, request.clusterId, request.payload, { held });
    } else if (request.kind === "settings_change") {
      const { patch } = ZHeldSettings.parse(request.payload);
      await updateClusterSettings(db, deps.boss, deps.azure, requester, request.clusterId, patch, { ifMatch: null, requireVersion: false, held });
    } else {
      throw new AppError("invalid_input", `Unknown request kind ${request.kind}.`);
    }
    await recordAudit(db, { orgId: request.orgId, actorKind: "SYSTEM", action: "approval.execute", targetType: "approval", targetId: request.id, before: { state: "APPROVED" }, after: { state: "EXECUTING", operationId } });
  } catch (error) {
    const failure = { code: error instanceof AppError ? error.code : "internal", message: error instanceof Error ? error.message : String(error) };
    const later = error instanceof AppError && RETRY_LATER.has(error.code);
    await moveApproval(db, request.id, "EXECUTING", later ? { state: "APPROVED", operationId: null, error: failure } : { state: "FAILED", error: failure });
    await recordAudit(db, {
      orgId: request.orgId,
      actorKind: "SYSTEM",
      action: "approval.execute",
      targetType: "approval",
      targetId: request.id,
      outcome: "FAILURE",
      before: { state: "APPROVED" },
      after: { state: later ? "APPROVED" : "FAILED", ...failure },
    });
  }
  return db.approvalRequest.findUniqueOrThrow({ where: { id: approvalId } });
}
