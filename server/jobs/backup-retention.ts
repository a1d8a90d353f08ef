import "server-only";
import { z } from "zod";
import { applyRetention } from "../domain/backups/apply-retention";
import type { JobDefinition } from "./types";

/** Hourly: delete expired snapshots (archive and row) and data replaced by restores past their undo period. */
export const backupRetentionJob: JobDefinition<Record<string, unknown>> = {
  name: "backup.retention",
  schema: z.object({}).passthrough(),
  retryLimit: 0,
  expireInSeconds: 30 * 60,
  cron: "17 * * * *",
  async handle(ctx) {
    const result = await applyRetention(ctx);
    if (result.snapshots.length || result.retired) ctx.log("retention applied", { snapshots: result.snapshots.length, retired: result.retired });
  },
};
