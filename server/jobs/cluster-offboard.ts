import "server-only";
import { z } from "zod";
import { runOffboarding } from "../domain/clusters/run-offboarding";
import type { JobDefinition } from "./types";

/**
 * Off-boards a cluster: deletes its managed resource group, the provider's access, its tickets
 * and its registration. Resumable: finished steps are skipped, deletes of what is gone succeed.
 */
export const clusterOffboardJob: JobDefinition<{ operationId: string }> = {
  name: "cluster.offboard",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 3,
  // Deleting a resource group with AKS and PostgreSQL takes 10–20 minutes on Azure.
  expireInSeconds: 45 * 60,
  async handle(ctx, { operationId }) {
    await runOffboarding(ctx, operationId);
  },
};
