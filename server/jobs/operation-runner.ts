import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "../db";
import type { OperationStep } from "../store/operations";

export class OperationFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
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

/**
 * Runs the operation `operationId` with `body`, keeping its status and steps in the database.
 * A finished operation is not run again. Errors mark the operation FAILED (with code and
 * message) and are not rethrown: a failed operation is an outcome, not a crashed job.
 */
export async function runOperation(db: Db, operationId: string, body: (tracker: StepTracker) => Promise<Prisma.InputJsonValue | void>): Promise<"SUCCEEDED" | "FAILED" | "SKIPPED"> {
  const claimed = await db.operation.updateMany({
    where: { id: operationId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "RUNNING", startedAt: new Date(), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return "SKIPPED";
  const operation = await db.operation.findUniqueOrThrow({ where: { id: operationId } });
  let steps = (Array.isArray(operation.steps) ? operation.steps : []) as unknown as OperationStep[];
  const save = () => db.operation.update({ where: { id: operationId }, data: { steps: steps as unknown as Prisma.InputJsonValue } });
  const setStep = async (name: string, patch: Partial<OperationStep>) => {
    const index = steps.findIndex((step) => step.name === name);
    const next = { ...(index >= 0 ? steps[index] : { name, status: "pending" as const }), ...patch };
    steps = index >= 0 ? steps.map((step, i) => (i === index ? next : step)) : [...steps, next];
    await save();
  };

  const tracker: StepTracker = {
    attempt: operation.attempts + 1,
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
        const detail = error instanceof OperationFailure ? `${error.code}: ${error.message}` : (error as Error).message;
        await setStep(name, { status: "failed", detail, finishedAt: new Date().toISOString() });
        throw error;
      }
    },
  };

  try {
    const result = await body(tracker);
    await db.operation.update({
      where: { id: operationId },
      data: { status: "SUCCEEDED", finishedAt: new Date(), result: result ?? undefined, error: undefined },
    });
    return "SUCCEEDED";
  } catch (error) {
    const code = error instanceof OperationFailure ? error.code : "InternalError";
    const message = error instanceof Error ? error.message : String(error);
    await db.operation.update({ where: { id: operationId }, data: { status: "FAILED", finishedAt: new Date(), error: { code, message } } });
    return "FAILED";
  }
}
