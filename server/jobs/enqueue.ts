import "server-only";
import type PgBoss from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import type { JobDefinition } from "./types";

export interface NewOperation {
  /** Chosen up front when the caller must claim something with the id before the row exists. */
  id?: string;
  kind: string;
  orgId: string | null;
  clusterId?: string | null;
  environmentId?: string | null;
  targetType: string;
  targetId: string;
  input?: Prisma.InputJsonValue;
  purpose?: string;
}

/**
 * Every mutation is an operation: write the Operation row, then queue its job under the same
 * id, so sending twice never runs the work twice.
 */
export async function startOperation(db: DbOrTx, boss: PgBoss, job: JobDefinition<{ operationId: string }>, actor: Actor | null, input: NewOperation) {
  const operation = await db.operation.create({
    data: {
      ...(input.id ? { id: input.id } : {}),
      kind: input.kind,
      orgId: input.orgId,
      clusterId: input.clusterId ?? null,
      environmentId: input.environmentId ?? null,
      targetType: input.targetType,
      targetId: input.targetId,
      input: input.input ?? {},
      purpose: input.purpose,
      requestedById: actor?.userId ?? null,
    },
  });
  const jobId = await boss.send(job.name, { operationId: operation.id }, {
    id: operation.id,
    retryLimit: job.retryLimit,
    retryDelay: 2,
    expireInSeconds: job.expireInSeconds,
  });
  await db.operation.update({ where: { id: operation.id }, data: { jobId: jobId ?? operation.id } });
  return operation;
}
