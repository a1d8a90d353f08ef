import "server-only";
import { z } from "zod";
import { detectDrift } from "../domain/settings/detect-drift";
import type { JobDefinition } from "./types";

/** Every 30 minutes: compares each initialized cluster's Azure resources with its desired settings. */
export const settingsDriftJob: JobDefinition<Record<string, unknown>> = {
  name: "cluster.settings-drift",
  cron: "*/30 * * * *",
  schema: z.object({}).passthrough(),
  retryLimit: 0,
  expireInSeconds: 20 * 60,
  async handle(ctx) {
    // Longest unchecked first, a bounded batch per run.
    const clusters = await ctx.db.cluster.findMany({
      where: { status: "INITIALIZED", settingsOperationId: null },
      orderBy: [{ driftCheckedAt: { sort: "asc", nulls: "first" } }],
      select: { id: true },
      take: 200,
    });
    let drifted = 0;
    for (const cluster of clusters) {
      try {
        const drift = await detectDrift(ctx.db, ctx.azure, cluster.id, "schedule");
        if (drift?.components?.length) drifted++;
      } catch (error) {
        ctx.log("drift check failed", { clusterId: cluster.id, error: (error as Error).message });
      }
    }
    if (drifted) ctx.log("settings drift found", { clusters: drifted });
  },
};
