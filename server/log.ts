import "server-only";
import pino, { type Logger } from "pino";
import { env } from "./env";
import { currentTrace } from "./trace";

// The one logger of the portal and the worker: JSON lines on stdout at LOG_LEVEL. Every line
// carries the request id and, in the worker, the operation and job it belongs to, so
// `grep <requestId>` finds a request's whole story across the web process and the worker.

let base: Logger | undefined;

function logger(): Logger {
  base ??= pino({
    level: env().LOG_LEVEL,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const { requestId, operationId, job, jobId } = currentTrace();
      return { ...(requestId ? { requestId } : {}), ...(operationId ? { operationId } : {}), ...(job ? { job } : {}), ...(jobId ? { jobId } : {}) };
    },
  });
  return base;
}

type Fields = Record<string, unknown>;

/** Writes `message` with `fields`; an `err` field is written with its stack. */
export const log = {
  debug: (message: string, fields?: Fields) => logger().debug(fields ?? {}, message),
  info: (message: string, fields?: Fields) => logger().info(fields ?? {}, message),
  warn: (message: string, fields?: Fields) => logger().warn(fields ?? {}, message),
  error: (message: string, fields?: Fields) => logger().error(fields ?? {}, message),
};
