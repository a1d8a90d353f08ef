import "server-only";
import type { z } from "zod";
import type { AzureGateway } from "../azure/gateway";
import type { Db } from "../db";
import type { EnvironmentDataPlane } from "../environments/data-plane";

/** What a job may use; the worker builds it from configuration (local emulator or Azure). */
export interface JobContext {
  db: Db;
  azure: AzureGateway;
  /** Environments' databases and files on the clusters' servers. */
  dataPlane: EnvironmentDataPlane;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

/** One background job: a queue name, the shape of its payload, and its handler. */
export interface JobDefinition<T> {
  name: string;
  schema: z.ZodType<T>;
  /** pg-boss retries a job whose handler throws, or whose worker died, up to this many times. */
  retryLimit: number;
  expireInSeconds: number;
  /** Runs on this schedule (cron syntax, Europe/Amsterdam) in addition to being sent on demand. */
  cron?: string;
  handle(ctx: JobContext, data: T): Promise<void>;
}

export type AnyJob = JobDefinition<unknown>;
