import "server-only";
import { z } from "zod";
import { runAlertRuleToggle } from "../domain/monitoring/run-alert-rule-toggle";
import type { JobDefinition } from "./types";

/** Switches one default alert rule of a cluster on or off in Azure. Writing the same state again is harmless, so safe to retry. */
export const alertRuleToggleJob: JobDefinition<{ operationId: string }> = {
  name: "cluster.alert-rule-toggle",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 3,
  expireInSeconds: 5 * 60,
  async handle(ctx, { operationId }) {
    await runAlertRuleToggle(ctx, operationId);
  },
};
