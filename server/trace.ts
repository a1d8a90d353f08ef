import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

// What ties log lines, operations, jobs and ARM calls to the request that caused them: the
// request id (x-request-id, answered in error bodies so support can find the log line), and inside
// the worker the operation and job being run.

export interface Trace {
  requestId?: string;
  operationId?: string;
  job?: string;
  jobId?: string;
  /** Inside a worker: who holds operations' leases, and for how long. */
  worker?: { id: string; leaseSeconds: number };
}

const storage = new AsyncLocalStorage<Trace>();

/** Runs `fn` with `trace` added to the current one (log lines and ARM calls inside see it). */
export function withTrace<T>(trace: Trace, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...trace }, fn);
}

export function currentTrace(): Trace {
  return storage.getStore() ?? {};
}

const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/** The caller's x-request-id when it is a sane token (letters, digits, . _ : -, 8–128), else a new UUID. */
export function requestIdFrom(value: string | null | undefined): string {
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}
