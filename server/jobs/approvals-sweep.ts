import "server-only";
import { z } from "zod";
import { sweepApprovals } from "../domain/approvals/sweep-approvals";
import { sender } from "./boss";
import type { JobDefinition } from "./types";

/** Every 5 minutes: JIT approval requests lapse after 24 hours (pending) or 2 hours (approved); waiting approved actions are started. */
export const approvalsSweepJob: JobDefinition<Record<string, unknown>> = {
  name: "approvals.sweep",
  cron: "*/5 * * * *",
  schema: z.object({}).passthrough(),
  retryLimit: 1,
  expireInSeconds: 600,
  async handle(ctx) {
    const result = await sweepApprovals(ctx.db, { boss: await sender(), dataPlane: ctx.dataPlane, azure: ctx.azure });
    if (result.expired || result.retried || result.settled) ctx.log("approvals swept", result);
  },
};
