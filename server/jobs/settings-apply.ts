import "server-only";
import { z } from "zod";
import { runSettingsOperation } from "../domain/settings/apply-settings";
import type { JobDefinition } from "./types";

export type { SettingsOperationInput } from "../domain/settings/apply-settings";

/**
 * Applies a cluster's desired settings to Azure (a settings change, or Recover). Resumable: a
 * retried job skips finished steps and re-reads Azure for the rest.
 */
export const settingsApplyJob: JobDefinition<{ operationId: string }> = {
  name: "cluster.settings-apply",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 3,
  expireInSeconds: 60 * 60,
  async handle(ctx, { operationId }) {
    await runSettingsOperation(ctx, operationId);
  },
};
