import "server-only";
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import type { Operation, Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/permissions";
import type { DbOrTx, Tx } from "../db";
import { AppError } from "../errors";
import { log } from "../log";
import { currentTrace } from "../trace";
import type { JobDefinition } from "./types";
import { notifyQueued } from "./wakeups";

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

type OperationJob = JobDefinition<{ operationId: string }>;
/** What queueing needs of a job; the same for a first send and a re-queue. */
type QueueOptions = Pick<JobDefinition<unknown>, "name" | "retryLimit" | "expireInSeconds">;

/** pg-boss's statements run on the transaction's connection (its `db` option), so the job commits with the row. */
export function bossExecutor(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const args = values.map((value) => (value === undefined ? null : value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value));
      return { rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...args) };
    },
  };
}

/** Queues the job of operation `operationId` inside `tx` and wakes the queue's workers when it commits; throws when pg-boss did not take it (unknown queue, duplicate id). */
export async function sendOperationJob(tx: Tx, boss: PgBoss, job: QueueOptions, operationId: string, jobId: string = operationId): Promise<string> {
  const sent = await boss.send(job.name, { operationId }, { id: jobId, retryLimit: job.retryLimit, retryDelay: 2, expireInSeconds: job.expireInSeconds, db: bossExecutor(tx) });
  if (!sent) throw new Error(`the job queue "${job.name}" did not accept the job`);
  await notifyQueued(tx, job.name);
  return sent;
}

function inTransaction<T>(db: DbOrTx, run: (tx: Tx) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(run) : run(db);
}

function rowOf(id: string, job: OperationJob, actor: Actor | null, input: NewOperation, exclusiveKey?: string): Prisma.OperationCreateManyInput {
  return {
    id,
    kind: input.kind,
    orgId: input.orgId,
    clusterId: input.clusterId ?? null,
    environmentId: input.environmentId ?? null,
    targetType: input.targetType,
    targetId: input.targetId,
    input: input.input ?? {},
    purpose: input.purpose,
    requestedById: actor?.userId ?? null,
    requestId: currentTrace().requestId ?? null,
    jobId: id,
    jobName: job.name,
    exclusiveKey: exclusiveKey ?? null,
  };
}

/** The caller learns why nothing was queued; the transaction has written nothing. */
function queueFailure(job: OperationJob, error: unknown): never {
  if (error instanceof AppError) throw error;
  const reason = error instanceof Error ? error.message : String(error);
  log.error("operation not queued", { job: job.name, err: error });
  throw new AppError("unavailable", `The operation could not be queued (${reason}). Nothing was changed; try again in a moment.`);
}

/**
 * Every mutation is an operation: the Operation row and its job (same id) are written in one
 * transaction — the caller's, when `db` is one — so an operation never exists without its job.
 * When queueing fails nothing is written and the caller gets a 503 with the reason.
 */
export async function startOperation(db: DbOrTx, boss: PgBoss, job: OperationJob, actor: Actor | null, input: NewOperation): Promise<Operation> {
  const id = input.id ?? randomUUID();
  try {
    return await inTransaction(db, async (tx) => {
      const operation = await tx.operation.create({ data: rowOf(id, job, actor, input) as Prisma.OperationUncheckedCreateInput });
      await sendOperationJob(tx, boss, job, id);
      return operation;
    });
  } catch (error) {
    return queueFailure(job, error);
  }
}

/**
 * Starts an operation of which only one may be queued or running per `exclusiveKey` (e.g. one
 * status refresh per cluster); a concurrent request joins the one already there. The unique
 * exclusive_key column decides (insert … on conflict do nothing), never a read before the write.
 */
export async function startOrJoinOperation(db: DbOrTx, boss: PgBoss, job: OperationJob, actor: Actor | null, input: NewOperation & { exclusiveKey: string }): Promise<{ operation: Operation; joined: boolean }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = randomUUID();
    let outcome: { operation: Operation; joined: boolean } | null;
    try {
      outcome = await inTransaction(db, async (tx) => {
        const inserted = await tx.operation.createMany({ data: [rowOf(id, job, actor, input, input.exclusiveKey)], skipDuplicates: true });
        if (inserted.count === 0) {
          const existing = await tx.operation.findUnique({ where: { exclusiveKey: input.exclusiveKey } });
          return existing ? { operation: existing, joined: true } : null;
        }
        await sendOperationJob(tx, boss, job, id);
        return { operation: await tx.operation.findUniqueOrThrow({ where: { id } }), joined: false };
      });
    } catch (error) {
      return queueFailure(job, error);
    }
    // null: the operation holding the key finished in between; try again.
    if (outcome) return outcome;
  }
  throw new AppError("conflict", "The operation could not be started; try again.");
}
