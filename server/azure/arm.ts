import "server-only";
import { isRestError } from "@azure/core-rest-pipeline";
import { armErrorMessage, isArmNotFound, type ArmErrorInfo } from "./client-factory";

// Azure quirks handled once (DESIGN.md): 404 on read = "not there", 404/204 on delete = "already
// gone", 409 while another operation runs on the resource = wait and try again, every error in
// clear text with ARM's code. 429 and 5xx are retried by the client pipeline (client-factory.ts),
// long-running operations are polled by the SDK pollers.

/** An ARM failure with the code and message Azure gave, ready to be shown and stored. */
export class ArmFailure extends Error {
  readonly code: string;
  readonly status?: number;
  constructor(info: ArmErrorInfo) {
    super(info.message);
    this.name = "ArmFailure";
    this.code = info.code;
    this.status = info.status;
  }
}

export function toArmFailure(error: unknown): ArmFailure {
  return error instanceof ArmFailure ? error : new ArmFailure(armErrorMessage(error));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a resource; `null` when it does not exist (404). Other errors become ArmFailure. */
export async function getOrNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isArmNotFound(error)) return null;
    throw toArmFailure(error);
  }
}

const IN_PROGRESS_CODES = new Set(["anotheroperationinprogress", "operationnotallowed", "conflict", "resourcegroupbeingdeleted"]);

function isOperationInProgress(error: unknown): boolean {
  if (!isRestError(error) || error.statusCode !== 409) return false;
  const code = armErrorMessage(error).code.toLowerCase();
  return IN_PROGRESS_CODES.has(code) || /in ?progress/i.test(error.message);
}

export interface ConflictRetryOptions {
  attempts?: number;
  delayMs?: number;
  maxDelayMs?: number;
}

/**
 * Runs a write; a 409 because another operation is running on the resource is waited out
 * (exponential backoff) instead of failing the whole initialization.
 */
export async function withConflictRetry<T>(write: () => Promise<T>, options: ConflictRetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 8;
  let delay = options.delayMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isOperationInProgress(error)) throw toArmFailure(error);
      await sleep(delay);
      delay = Math.min(delay * 2, options.maxDelayMs ?? 30_000);
    }
  }
}

/** Deletes; a resource that is already gone (404, or 204 from the SDK) counts as deleted. */
export async function deleteIfExists(remove: () => Promise<unknown>): Promise<"deleted" | "already-gone"> {
  try {
    await remove();
    return "deleted";
  } catch (error) {
    if (isArmNotFound(error)) return "already-gone";
    throw toArmFailure(error);
  }
}

/** Polls `read` until `busy` turns false (an operation started by an earlier, interrupted attempt). */
export async function waitWhileBusy<T>(read: () => Promise<T | null>, busy: (value: T) => boolean, options: { intervalMs: number; timeoutMs: number }): Promise<T | null> {
  const until = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await read();
    if (value === null || !busy(value)) return value;
    if (Date.now() > until) throw new ArmFailure({ code: "OperationTimedOut", message: "Azure did not finish the previous operation on this resource in time." });
    await sleep(options.intervalMs);
  }
}
