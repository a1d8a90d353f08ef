import "server-only";
import { z } from "zod";
import { connectionMessages as t } from "@/lib/messages-connections";
import { recordAudit } from "../../audit/record";
import { OperationFailure, runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { checkSubscription, discoverClusters } from "./run-discovery";
import { clustersInUse } from "./discovery";

// The bodies of the connection operations the worker runs (server/jobs/connection-*.ts). Each is
// resumable: a finished step is skipped, and every step may run again without changing more.

export const ZAddOperationInput = z.object({
  connectionId: z.string().uuid(),
  tenantId: z.string(),
  subscriptionId: z.string(),
  displayName: z.string(),
});
export type AddOperationInput = z.infer<typeof ZAddOperationInput>;

async function loadOperation(ctx: JobContext, operationId: string) {
  return ctx.db.operation.findUniqueOrThrow({ where: { id: operationId } });
}

async function loadConnection(ctx: JobContext, connectionId: string) {
  const connection = await ctx.db.azureConnection.findUnique({ where: { id: connectionId } });
  if (!connection) throw new OperationFailure("ConnectionNotFound", "The connection no longer exists.");
  return connection;
}

/** connection.add: check the subscription, register the connection, discover its clusters. */
export async function runAddConnection(ctx: JobContext, operationId: string): Promise<void> {
  await runOperation(ctx.db, operationId, async (tracker) => {
    const operation = await loadOperation(ctx, operationId);
    const input = ZAddOperationInput.parse(operation.input);
    const orgId = operation.orgId!;
    await tracker.plan([t.steps.tenant, t.steps.register, t.steps.discover]);
    await tracker.step(t.steps.tenant, () => checkSubscription(ctx.azure, input));
    await tracker.step(t.steps.register, async () => {
      const existing = await ctx.db.azureConnection.findFirst({ where: { orgId, subscriptionId: input.subscriptionId } });
      if (existing && existing.id !== input.connectionId) throw new OperationFailure("DuplicateConnection", t.duplicate);
      if (!existing) {
        await ctx.db.azureConnection.create({
          data: { id: input.connectionId, orgId, tenantId: input.tenantId, subscriptionId: input.subscriptionId, displayName: input.displayName },
        });
      }
    });
    let result = {};
    await tracker.step(t.steps.discover, async () => {
      result = await discoverClusters(ctx.db, ctx.azure, await loadConnection(ctx, input.connectionId), operationId);
    });
    return { connectionId: input.connectionId, ...result };
  });
}

/** connection.rescan: check the subscription again and record what changed. */
export async function runRescanConnection(ctx: JobContext, operationId: string): Promise<void> {
  await runOperation(ctx.db, operationId, async (tracker) => {
    const operation = await loadOperation(ctx, operationId);
    await tracker.plan([t.steps.tenant, t.steps.discover]);
    const connection = await loadConnection(ctx, operation.targetId);
    await tracker.step(t.steps.tenant, () => checkSubscription(ctx.azure, connection));
    let result = {};
    await tracker.step(t.steps.discover, async () => {
      result = await discoverClusters(ctx.db, ctx.azure, connection, operationId);
    });
    return { connectionId: connection.id, ...result };
  });
}

/**
 * connection.disconnect: in one transaction, refused when a cluster of the connection is in use
 * (checked again here: one may have been initialized since the request), else its waiting and
 * off-boarded clusters and the connection go.
 */
export async function runDisconnectConnection(ctx: JobContext, operationId: string): Promise<void> {
  await runOperation(ctx.db, operationId, async (tracker) => {
    const operation = await loadOperation(ctx, operationId);
    await tracker.plan([t.steps.disconnect]);
    let removed: string[] = [];
    await tracker.step(t.steps.disconnect, async () => {
      removed = await ctx.db.$transaction(async (tx) => {
        const connection = await tx.azureConnection.findUnique({ where: { id: operation.targetId } });
        if (!connection) return [];
        const clusters = await tx.cluster.findMany({ where: { connectionId: connection.id }, select: { id: true, name: true, status: true }, orderBy: { name: "asc" } });
        const inUse = clustersInUse(clusters);
        if (inUse.length) throw new OperationFailure("ConnectionInUse", t.inUse(inUse));
        // Only clusters still waiting or off-boarded: a concurrent initialization's claim makes the connection's delete fail.
        await tx.cluster.deleteMany({ where: { connectionId: connection.id, status: { in: ["READY_TO_INITIALIZE", "OFFBOARDED"] } } });
        await tx.azureConnection.delete({ where: { id: connection.id } });
        await recordAudit(tx, {
          orgId: connection.orgId,
          action: "connection.disconnected",
          targetType: "connection",
          targetId: connection.id,
          before: { subscriptionId: connection.subscriptionId, displayName: connection.displayName, clusters: clusters.map((c) => c.name) },
          after: { operationId },
        });
        return clusters.map((c) => c.name);
      });
    });
    return { connectionId: operation.targetId, removedClusters: removed };
  });
}
