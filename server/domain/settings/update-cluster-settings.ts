import "server-only";
import type PgBoss from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import { randomUUID } from "node:crypto";
import { approvalMessages } from "@/lib/messages-approvals";
import { SETTING_LABELS, SETTINGS_API_MESSAGES } from "@/lib/messages-settings";
import { ROLE_ASSIGNMENT_SETTINGS, type SettingKey } from "@/lib/settings-api";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { AzureGateway } from "../../azure/gateway";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { moveApproval } from "../../store/approvals";
import { isJitOrg, requestApproval } from "../approvals/request-approval";
import { evaluateChange, parseSettingsPatch, type KeyRefusal } from "./evaluate-change";
import { claimAndStart } from "./settings-operation";
import { editRight, loadSettingsContext, type SettingsContext } from "./settings-context";

// PATCH /clusters/{id}/settings: checks who asks (portal role, Azure role, the admins' policy),
// the body and the service's rules, then records the new desired settings and queues the apply
// as an operation. Every refusal is in the organisation's activity log with what was asked.

async function refuse(db: Db, actor: Actor, ctx: SettingsContext, error: AppError, asked: Record<string, unknown>, refusals?: KeyRefusal[]): Promise<never> {
  await recordAudit(db, {
    orgId: ctx.cluster.orgId,
    actor,
    action: "cluster.settings.refused",
    targetType: "cluster",
    targetId: ctx.cluster.id,
    after: { asked, code: error.code, message: error.message, ...(refusals ? { refusals } : {}) } as unknown as Prisma.InputJsonValue,
    outcome: "DENIED",
  });
  throw error;
}

export interface UpdateSettingsOptions {
  /** The If-Match version; null when the request had none. */
  ifMatch: number | null;
  /** Browser sessions must send If-Match (tokens may omit it and take the last write). */
  requireVersion: boolean;
  /** Runs an approved request of the JIT plan under this operation id (the request is Executing). */
  held?: { approvalId: string; operationId: string };
}

export type SettingsUpdateResult = { held: false; operation: Awaited<ReturnType<typeof claimAndStart>>; approvalId: string | null } | { held: true; approvalId: string };

const needsRoleAssignment = (key: SettingKey) => (ROLE_ASSIGNMENT_SETTINGS as readonly SettingKey[]).includes(key);

export async function updateClusterSettings(db: Db, boss: PgBoss, azure: AzureGateway, actor: Actor, clusterId: string, input: unknown, options: UpdateSettingsOptions): Promise<SettingsUpdateResult> {
  const ctx = await loadSettingsContext(db, actor, clusterId);
  const { cluster } = ctx;
  assertCan(actor, "read:cluster", cluster.orgId);
  const patch = parseSettingsPatch(input, actor.locale);
  const change = evaluateChange(ctx, patch, actor.locale);
  const asked = Object.fromEntries(change.changes.map((c) => [c.key, { from: c.from, to: c.to }]));
  const right = await editRight(db, azure, actor, ctx);
  if (!right.ok) await refuse(db, actor, ctx, new AppError(right.code, right.reason), asked);
  if (ctx.runningOperationId) throw new AppError("operation_running", SETTINGS_API_MESSAGES.operationRunning);
  if (change.forbidden.length) {
    await refuse(db, actor, ctx, new AppError("forbidden", change.forbidden.map((f) => f.message).join(" ")), asked, change.forbidden);
  }
  if (change.refusals.length) {
    const fields: Record<string, string[]> = {};
    for (const r of change.refusals) (fields[r.key] ??= []).push(r.message);
    await refuse(db, actor, ctx, new AppError("invalid_input", SETTINGS_API_MESSAGES.refused, fields), asked, change.refusals);
  }
  if (change.changes.length === 0) throw new AppError("invalid_input", SETTINGS_API_MESSAGES.nothingToChange);
  if (options.requireVersion && options.ifMatch === null) throw new AppError("version_required", SETTINGS_API_MESSAGES.versionRequired);
  let held = options.held;
  const roleKeys = change.changes.map((c) => c.key).filter(needsRoleAssignment);
  if (!held && roleKeys.length && (await isJitOrg(db, cluster.orgId))) {
    // The whole change waits (it is applied as one); the payload is the validated patch, parsed again when it runs.
    const operationId = randomUUID();
    const summary = approvalMessages.summaries.settingsChange(change.changes.map((c) => SETTING_LABELS[c.key]));
    const outcome = await requestApproval(db, actor, { kind: "settings_change", cluster, payload: { patch } as unknown as Prisma.InputJsonValue, summary }, { operationId });
    if (!outcome.autoApproved) return { held: true, approvalId: outcome.request.id };
    held = { approvalId: outcome.request.id, operationId };
  }
  let operation;
  try {
    operation = await claimAndStart(db, boss, actor, {
      clusterId: cluster.id,
      orgId: cluster.orgId,
      expectedVersion: options.ifMatch,
      desired: change.next as unknown as Prisma.InputJsonValue,
      input: { mode: "apply", settings: change.next, from: ctx.applied },
      ...(held ? { operationId: held.operationId } : {}),
    });
  } catch (error) {
    // A change that cannot start now (another one runs) stays approved and is tried again; anything else fails the request.
    if (held && !(options.held && error instanceof AppError && error.code === "operation_running")) {
      await moveApproval(db, held.approvalId, "EXECUTING", { state: "FAILED", error: { code: error instanceof AppError ? error.code : "internal", message: error instanceof Error ? error.message : String(error) } });
    }
    throw error;
  }
  await recordAudit(db, {
    orgId: cluster.orgId,
    actor,
    action: "cluster.settings.update",
    targetType: "cluster",
    targetId: cluster.id,
    before: Object.fromEntries(change.changes.map((c) => [c.key, c.from])) as Prisma.InputJsonValue,
    after: { ...Object.fromEntries(change.changes.map((c) => [c.key, c.to])), operationId: operation.id, ...(held ? { approvalId: held.approvalId } : {}) } as Prisma.InputJsonValue,
  });
  return { held: false, operation, approvalId: held?.approvalId ?? null };
}
