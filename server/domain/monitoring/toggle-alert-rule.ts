import "server-only";
import type PgBoss from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import { ZToggleAlertRule } from "@/lib/alert-rules";
import { monitoringMessages as t } from "@/lib/messages-monitoring";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOperation } from "../../jobs/enqueue";
import { alertRuleToggleJob } from "../../jobs/alert-rule-toggle";
import { getCluster } from "../../store/clusters";
import { parseInput } from "../../validate";

/** Clusters whose Azure resources (and so their rule groups) exist. */
const TOGGLE_STATUSES = ["INITIALIZED", "UPDATING"];

/**
 * POST /clusters/{id}/alert-rules/toggle: switches one default alert rule on or off in Azure, as
 * an operation. Managers and owners may; another organisation's cluster is not found.
 */
export async function toggleAlertRule(db: Db, boss: PgBoss, actor: Actor, clusterId: string, body: unknown) {
  const cluster = await getCluster(db, actor, clusterId);
  assertCan(actor, "manage:alert-rules", cluster.orgId);
  const input = parseInput(ZToggleAlertRule, body);
  if (!TOGGLE_STATUSES.includes(cluster.status)) {
    await recordAudit(db, { orgId: cluster.orgId, actor, action: "cluster.alert-rule.toggle", targetType: "cluster", targetId: cluster.id, outcome: "DENIED", purpose: "conflict", after: input as unknown as Prisma.InputJsonValue });
    throw new AppError("conflict", t.notInitialized);
  }
  const operation = await startOperation(db, boss, alertRuleToggleJob, actor, {
    kind: alertRuleToggleJob.name,
    orgId: cluster.orgId,
    clusterId: cluster.id,
    targetType: "cluster",
    targetId: cluster.id,
    input: input as unknown as Prisma.InputJsonValue,
  });
  await recordAudit(db, {
    orgId: cluster.orgId,
    actor,
    action: "cluster.alert-rule.toggle",
    targetType: "cluster",
    targetId: cluster.id,
    before: { group: input.group, alert: input.alert, enabled: !input.enabled },
    after: { group: input.group, alert: input.alert, enabled: input.enabled, operationId: operation.id },
  });
  return operation;
}
