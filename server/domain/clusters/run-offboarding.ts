import "server-only";
import { z } from "zod";
import { ClusterStatus } from "@/generated/prisma/enums";
import { offboardingMessages } from "@/lib/messages-offboarding";
import { recordAudit } from "../../audit/record";
import { deleteManagedApplication, deleteManagedResourceGroup } from "../../azure/offboard-resources";
import { runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";

export const ZOffboardOperationInput = z.object({
  /** The status the cluster had; it returns to it when off-boarding fails. */
  from: z.enum(ClusterStatus),
});
export type OffboardOperationInput = z.infer<typeof ZOffboardOperationInput>;

const STEPS = offboardingMessages.steps;

/**
 * The `cluster.offboard` job's body: one step per thing removed, each safe to run again (a delete
 * of something already gone succeeds), so a worker that dies anywhere is simply resumed. The
 * registration goes last: until then the cluster is Off-boarding and the owner sees its progress.
 */
export async function runOffboarding(ctx: Pick<JobContext, "db" | "azure" | "log">, operationId: string): Promise<void> {
  const { db } = ctx;
  let target: { clusterId: string; orgId: string; from: ClusterStatus } | null = null;
  const outcome = await runOperation(db, operationId, async (tracker) => {
    const operation = await db.operation.findUniqueOrThrow({ where: { id: operationId } });
    const input = ZOffboardOperationInput.parse(operation.input);
    const cluster = await db.cluster.findUniqueOrThrow({ where: { id: operation.targetId }, include: { connection: true } });
    target = { clusterId: cluster.id, orgId: cluster.orgId, from: input.from };
    const clients = ctx.azure.clientsFor(cluster.connection.subscriptionId);
    await tracker.plan([STEPS.resourceGroup, STEPS.access, STEPS.tickets, STEPS.registration]);

    await tracker.step(STEPS.resourceGroup, () => deleteManagedResourceGroup(clients, cluster.managedResourceGroup), { detail: cluster.managedResourceGroup });
    await tracker.step(STEPS.access, () => deleteManagedApplication(clients, cluster.managedApplicationId));
    let tickets = 0;
    await tracker.step(STEPS.tickets, async () => {
      tickets = (await db.ticket.deleteMany({ where: { clusterId: cluster.id } })).count;
    });
    await tracker.step(STEPS.registration, () =>
      db.$transaction(async (tx) => {
        await tx.cluster.update({ where: { id: cluster.id }, data: { status: "OFFBOARDED", offboardedAt: new Date() } });
        // Nothing is left to back up: the storage account went with the resource group.
        await tx.backupSchedule.updateMany({ where: { environment: { clusterId: cluster.id } }, data: { enabled: false } });
        await tx.clusterComponent.updateMany({ where: { clusterId: cluster.id }, data: { state: "DELETED", checkedAt: new Date() } });
      }),
    );
    return { resourceGroup: cluster.managedResourceGroup, ticketsDeleted: tickets };
  }, async (tx, result) => {
    if (!target) return;
    const { clusterId, orgId, from } = target as { clusterId: string; orgId: string; from: ClusterStatus };
    if (result.status === "SUCCEEDED") {
      await recordAudit(tx, { orgId, actorKind: "SYSTEM", action: "cluster.offboard.finished", targetType: "cluster", targetId: clusterId, outcome: "SUCCESS", before: { status: "OFFBOARDING" }, after: { status: "OFFBOARDED" } });
      return;
    }
    // The registration stays: the cluster returns to where it was, with the reason, and can be off-boarded again.
    await tx.cluster.updateMany({ where: { id: clusterId, status: "OFFBOARDING" }, data: { status: from, lastError: result.failure } });
    await recordAudit(tx, { orgId, actorKind: "SYSTEM", action: "cluster.offboard.finished", targetType: "cluster", targetId: clusterId, outcome: "FAILURE", after: result.failure });
  });
  if (outcome === "SUCCEEDED" && target) ctx.log("cluster off-boarded", { clusterId: (target as { clusterId: string }).clusterId, operationId });
}
