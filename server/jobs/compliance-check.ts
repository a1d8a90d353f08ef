import "server-only";
import { z } from "zod";
import { runComplianceCheck } from "../domain/compliance/run-compliance-check";
import type { JobDefinition } from "./types";

/** Reads a cluster's compliance-relevant state from Azure and stores the report on the operation. Read-only, so safe to retry. */
export const complianceCheckJob: JobDefinition<{ operationId: string }> = {
  name: "cluster.compliance-check",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 2,
  expireInSeconds: 5 * 60,
  async handle(ctx, { operationId }) {
    await runComplianceCheck(ctx, operationId);
  },
};
