import "server-only";
import { z } from "zod";
import { runClusterUpdate } from "../domain/updates/run-cluster-update";
import type { JobDefinition } from "./types";

/** Brings one cluster to a release's versions (one scheduled update of a rollout). */
export const clusterUpdateJob: JobDefinition<{ operationId: string }> = {
  name: "cluster.update",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 2,
  expireInSeconds: 3 * 60 * 60,
  async handle(ctx, { operationId }) {
    await runClusterUpdate(ctx, operationId);
  },
};
