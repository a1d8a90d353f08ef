import "server-only";
import { ZToggleAlertRule } from "@/lib/alert-rules";
import { monitoringMessages as t } from "@/lib/messages-monitoring";
import { setAlertRuleEnabled } from "../../azure/alert-rules";
import { toArmFailure } from "../../azure/arm";
import { recordAudit } from "../../audit/record";
import { OperationFailure, runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";

/** The `cluster.alert-rule-toggle` job's body: one read-modify-write of the rule group (idempotent). */
export async function runAlertRuleToggle(ctx: Pick<JobContext, "db" | "azure">, operationId: string): Promise<void> {
  const { db } = ctx;
  await runOperation(db, operationId, async (tracker) => {
    const operation = await db.operation.findUniqueOrThrow({ where: { id: operationId } });
    const input = ZToggleAlertRule.parse(operation.input);
    const cluster = await db.cluster.findUniqueOrThrow({ where: { id: operation.targetId }, include: { connection: true } });
    await tracker.step(t.step(input.alert, input.enabled), async () => {
      try {
        await setAlertRuleEnabled(ctx.azure.clientsFor(cluster.connection.subscriptionId), cluster.managedResourceGroup, cluster.name, input.group, input.alert, input.enabled);
      } catch (error) {
        const failure = toArmFailure(error);
        await recordAudit(db, { orgId: cluster.orgId, actorKind: "SYSTEM", action: "cluster.alert-rule.toggle.finished", targetType: "cluster", targetId: cluster.id, outcome: "FAILURE", after: { code: failure.code, operationId } });
        throw new OperationFailure(failure.code, failure.message);
      }
    });
    await recordAudit(db, { orgId: cluster.orgId, actorKind: "SYSTEM", action: "cluster.alert-rule.toggle.finished", targetType: "cluster", targetId: cluster.id, outcome: "SUCCESS", after: { ...input, operationId } });
    return { ...input };
  });
}
