import "server-only";
import { z } from "zod";
import { runInitialization } from "../domain/clusters/reconcile-cluster";
import type { JobDefinition } from "./types";

/**
 * Creates (or, on rerun, completes) a cluster's Azure resources. Resumable: pg-boss re-delivers
 * the job if the worker died, and the operation skips finished steps and re-reads Azure for the rest.
 */
export const initializeClusterJob: JobDefinition<{ operationId: string }> = {
  name: "cluster.initialize",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 3,
  // Against real Azure initialization takes ~15 minutes; a job active longer than this is
  // considered lost (worker died) and is handed to another worker.
  expireInSeconds: 45 * 60,
  async handle(ctx, { operationId }) {
    await runInitialization(ctx, operationId);
  },
};
