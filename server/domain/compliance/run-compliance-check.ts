import "server-only";
import { evaluateCompliance } from "@/lib/compliance";
import { complianceMessages } from "@/lib/messages-compliance";
import { readComplianceFacts } from "../../azure/compliance-probe";
import { runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { settingsOf } from "../settings/settings-context";
import { planFor } from "../clusters/reconcile-cluster";

/** The `cluster.compliance-check` job's body: one read of Azure; the report is the operation's result. */
export async function runComplianceCheck(ctx: Pick<JobContext, "db" | "azure">, operationId: string): Promise<void> {
  const { db } = ctx;
  await runOperation(db, operationId, async (tracker) => {
    const operation = await db.operation.findUniqueOrThrow({ where: { id: operationId } });
    const cluster = await db.cluster.findUniqueOrThrow({ where: { id: operation.targetId }, include: { connection: true } });
    const plan = planFor(cluster, cluster.connection.subscriptionId, settingsOf(cluster.actualSettings));
    let report: ReturnType<typeof evaluateCompliance> | null = null;
    await tracker.step(complianceMessages.step, async () => {
      report = evaluateCompliance(await readComplianceFacts(ctx.azure.clientsFor(cluster.connection.subscriptionId), plan), new Date());
    });
    return report ?? undefined;
  });
}
