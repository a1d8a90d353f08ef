import "server-only";
import { z } from "zod";
import { runDueSchedules } from "../domain/backups/run-schedules";
import { sender } from "./boss";
import type { JobDefinition } from "./types";

/** Every 15 minutes: start the nightly / weekly / monthly snapshots that are due. */
export const backupSchedulesJob: JobDefinition<Record<string, unknown>> = {
  name: "backup.schedules",
  schema: z.object({}).passthrough(),
  retryLimit: 0,
  expireInSeconds: 10 * 60,
  cron: "*/15 * * * *",
  async handle(ctx) {
    const started = await runDueSchedules(ctx.db, await sender());
    if (started.length) ctx.log("scheduled snapshots started", { count: started.length });
  },
};
