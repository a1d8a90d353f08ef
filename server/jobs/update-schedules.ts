import "server-only";
import { z } from "zod";
import { runDueUpdates } from "../domain/updates/run-due-updates";
import { sender } from "./boss";
import type { JobDefinition } from "./types";

/** Every 5 minutes: tells customers of updates a week ahead and starts the updates whose window has come. */
export const updateSchedulesJob: JobDefinition<Record<string, unknown>> = {
  name: "cluster.update-schedules",
  schema: z.object({}).passthrough(),
  retryLimit: 0,
  expireInSeconds: 10 * 60,
  cron: "*/5 * * * *",
  async handle(ctx) {
    const result = await runDueUpdates(ctx.db, await sender());
    if (result.started.length || result.notified) ctx.log("cluster updates", { started: result.started.length, notified: result.notified });
  },
};
