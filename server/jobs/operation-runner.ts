import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { isRestError } from "@azure/core-rest-pipeline";
import type { Prisma } from "@/generated/prisma/client";
import { ArmFailure } from "../azure/arm";
import { armErrorMessage } from "../azure/client-factory";
import type { Db, DbOrTx, Tx } from "../db";
import { env } from "../env";
import { log } from "../log";
import { settleApprovalOfOperation } from "../store/approvals";
import type { OperationStep } from "../store/operations";
import { currentTrace, withTrace } from "../trace";
import { takeRunLock, type RunLock } from "./run-lock";

export class OperationFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The operation lost its lease to another worker (this one was thought dead): stop writing. */
class LeaseLost extends Error {}

/** The run stopped because another attempt owns the operation now: its cleanup is that attempt's, not this one's. */
export function isLeaseLost(error: unknown): boolean {
  return error instanceof LeaseLost;
}

/**
 * The code and message an operation fails with: ours (OperationFailure), or Azure's own code
 * (`TooManyRequests`, `InternalServerError`, `Conflict`, …) for ARM errors; `InternalError` only
 * for a fault of our own.
 */
export function failureOf(error: unknown): { code: string; message: string } {
  if (error instanceof OperationFailure || error instanceof ArmFailure) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  if (isRestError(error) || /^The long-running operation has failed/.test(message)) {
    const arm = armErrorMessage(error);
    return { code: arm.code, message: arm.message };
  }
  return { code: "InternalError", message };
}

export interface StepTracker {
  /**
   * Runs one named step, recording its progress on the operation. A step that already
   * succeeded in an earlier attempt (a worker died mid-operation) is skipped: resuming never
   * repeats finished work.
   */
  step<T>(name: string, run: () => Promise<T | void>, options?: { detail?: string }): Promise<void>;
  /** Declares the steps up front so the UI can show what is still to come. */
  plan(names: string[]): Promise<void>;
  readonly attempt: number;
}

const PROCESS_ID = `${os.hostname()}:${process.pid}`;

/** Who holds leases in this process and for how long (the worker sets both; tests may shorten them). */
function leaseSettings() {
  const worker = currentTrace().worker;
  return { owner: `${worker?.id ?? PROCESS_ID}#${randomUUID().slice(0, 8)}`, seconds: worker?.leaseSeconds ?? env().OPERATION_LEASE_SECONDS };
}

/**
 * Takes the operation: a queued one, or a running one whose lease has expired (its worker died)
 * or that never had one. A live lease of another worker wins: the operation never runs twice at once.
 */
async function claim(db: Db, operationId: string, owner: string, seconds: number): Promise<boolean> {
  const claimed = await db.$executeRaw`
    UPDATE operations
       SET status = 'RUNNING', started_at = timezone('UTC', now()), attempts = attempts + 1,
           lease_owner = ${owner}, lease_expires_at = timezone('UTC', now()) + make_interval(secs => ${seconds})
     WHERE id = ${operationId}::uuid
       AND (status = 'QUEUED' OR (status = 'RUNNING' AND (lease_expires_at IS NULL OR lease_expires_at < timezone('UTC', now()))))`;
  return claimed === 1;
}

async function renew(db: Db, operationId: string, owner: string, seconds: number): Promise<boolean> {
  const renewed = await db.$executeRaw`
    UPDATE operations SET lease_expires_at = timezone('UTC', now()) + make_interval(secs => ${seconds})
     WHERE id = ${operationId}::uuid AND status = 'RUNNING' AND lease_owner = ${owner}`;
  return renewed === 1;
}

/** What a job records with its operation's outcome, in the same transaction (see runOperation). */
export type SettleOutcome = (tx: Tx, outcome: { status: "SUCCEEDED" } | { status: "FAILED"; failure: { code: string; message: string } }) => Promise<void>;

/**
 * Runs the operation `operationId` with `body`, keeping its status and steps in the database.
 * A finished operation is not run again, and never twice at once: the run holds the operation's
 * run lock (run-lock.ts) throughout; another attempt waits for it. While it runs the worker renews its lease every third
 * of the lease time; if another worker has taken it over meanwhile, this one stops at the next
 * step and writes nothing more. Errors mark the operation FAILED (with code and message) and are
 * not rethrown: a failed operation is an outcome, not a crashed job. `settle` records the job's own
 * consequences of the outcome in the transaction that writes it.
 */
export async function runOperation(
  db: Db,
  operationId: string,
  body: (tracker: StepTracker) => Promise<Prisma.InputJsonValue | void>,
  settle?: SettleOutcome,
): Promise<"SUCCEEDED" | "FAILED" | "SKIPPED"> {
  // One attempt at a time (run-lock.ts): wait while another live attempt runs it; none left to do when it ended.
  const runLock = await takeRunLock(operationId, async () => {
    const row = await db.operation.findUnique({ where: { id: operationId }, select: { status: true } });
    return !row || row.status === "SUCCEEDED" || row.status === "FAILED";
  });
  if (!runLock) return "SKIPPED";
  try {
    return await runLocked(db, operationId, body, settle, runLock);
  } finally {
    await runLock.release();
  }
}

async function runLocked(
  db: Db,
  operationId: string,
  body: (tracker: StepTracker) => Promise<Prisma.InputJsonValue | void>,
  settle: SettleOutcome | undefined,
  runLock: RunLock,
): Promise<"SUCCEEDED" | "FAILED" | "SKIPPED"> {
  const lease = leaseSettings();
  if (!(await claim(db, operationId, lease.owner, lease.seconds))) return "SKIPPED";
  const operation = await db.operation.findUniqueOrThrow({ where: { id: operationId } });
  let lost = false;
  const renewal = setInterval(() => {
    renew(db, operationId, lease.owner, lease.seconds)
      .then((held) => {
        if (!held && !lost) {
          lost = true;
          log.warn("operation lease lost; another worker has taken it over", { operationId });
        }
      })
      .catch((error: Error) => log.warn("operation lease not renewed", { operationId, err: error }));
  }, (lease.seconds * 1000) / 3);
  renewal.unref();

  let steps = (Array.isArray(operation.steps) ? operation.steps : []) as unknown as OperationStep[];
  /** Writes to the operation only while this worker holds it. */
  const write = async (data: Prisma.OperationUpdateManyMutationInput, client: DbOrTx = db) => {
    const written = await client.operation.updateMany({ where: { id: operationId, leaseOwner: lease.owner }, data });
    if (written.count === 0) {
      lost = true;
      throw new LeaseLost("Another worker has taken over this operation.");
    }
  };
  /**
   * The outcome, the approval it settles and what the job records with it, together: a reader never
   * sees one without the others, and a worker that dies in between leaves the operation to resume.
   */
  const finish = (data: Prisma.OperationUpdateManyMutationInput, failure?: { code: string; message: string }) =>
    db.$transaction(async (tx) => {
      await write(data, tx);
      await settleApprovalOfOperation(tx, operationId, !failure, failure);
      await settle?.(tx, failure ? { status: "FAILED", failure } : { status: "SUCCEEDED" });
    });
  const save = () => {
    if (runLock.lost) lost = true;
    if (lost) throw new LeaseLost("Another worker has taken over this operation.");
    return write({ steps: steps as unknown as Prisma.InputJsonValue });
  };
  const setStep = async (name: string, patch: Partial<OperationStep>) => {
    const index = steps.findIndex((step) => step.name === name);
    const next = { ...(index >= 0 ? steps[index] : { name, status: "pending" as const }), ...patch };
    steps = index >= 0 ? steps.map((step, i) => (i === index ? next : step)) : [...steps, next];
    await save();
  };

  const tracker: StepTracker = {
    attempt: operation.attempts,
    async plan(names) {
      const known = new Set(steps.map((step) => step.name));
      steps = [...steps, ...names.filter((name) => !known.has(name)).map((name) => ({ name, status: "pending" as const }))];
      await save();
    },
    async step(name, run, options) {
      const existing = steps.find((step) => step.name === name);
      if (existing?.status === "succeeded" || existing?.status === "skipped") return;
      await setStep(name, { status: "running", startedAt: new Date().toISOString(), detail: options?.detail });
      try {
        await run();
        await setStep(name, { status: "succeeded", finishedAt: new Date().toISOString() });
      } catch (error) {
        if (error instanceof LeaseLost) throw error;
        const failure = failureOf(error);
        const detail = error instanceof OperationFailure || error instanceof ArmFailure ? `${failure.code}: ${failure.message}` : failure.message;
        await setStep(name, { status: "failed", detail, finishedAt: new Date().toISOString() });
        throw error;
      }
    },
  };

  return withTrace({ operationId, ...(operation.requestId ? { requestId: operation.requestId } : {}) }, async () => {
    const finished = { finishedAt: new Date(), exclusiveKey: null, leaseExpiresAt: null };
    try {
      log.info("operation started", { kind: operation.kind, attempt: operation.attempts });
      const result = await body(tracker);
      await finish({ status: "SUCCEEDED", ...finished, finishedAt: new Date(), result: result ?? undefined });
      log.info("operation succeeded", { kind: operation.kind });
      return "SUCCEEDED" as const;
    } catch (error) {
      if (error instanceof LeaseLost || lost) return "SKIPPED" as const;
      const failure = failureOf(error);
      try {
        await finish({ status: "FAILED", ...finished, finishedAt: new Date(), error: failure }, { code: failure.code, message: failure.message });
      } catch (lostMeanwhile) {
        if (lostMeanwhile instanceof LeaseLost) return "SKIPPED" as const;
        throw lostMeanwhile;
      }
      log.warn("operation failed", { kind: operation.kind, code: failure.code, reason: failure.message });
      return "FAILED" as const;
    } finally {
      clearInterval(renewal);
    }
  });
}
