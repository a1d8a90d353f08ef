import "server-only";
import { z } from "zod";
import { scheduleDrills } from "../domain/backups/schedule-drills";
import { sender } from "./boss";
import type { JobDefinition } from "./types";

/** Weekly (Monday 04:00): a restore drill of each environment's newest snapshot. */
export const backupDrillsJob: JobDefinition<Record<string, unknown>> = {
  name: "backup.drills",
  schema: z.object({}).passthrough(),
  retryLimit: 0,
  expireInSeconds: 10 * 60,
  cron: "0 4 * * 1",
  async handle(ctx) {
    const queued = await scheduleDrills(ctx.db, await sender());
    if (queued.length) ctx.log("restore drills queued", { count: queued.length });
  },
};
