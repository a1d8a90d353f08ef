import "server-only";
import { z } from "zod";
import { runDeleteEnvironment } from "../domain/environments/run-environment-operation";
import type { JobDefinition } from "./types";

/** Deletes an environment: its MendixApp, then its database, files and packages, then its row. */
export const environmentDeleteJob: JobDefinition<{ operationId: string }> = {
  name: "environment.delete",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 3,
  expireInSeconds: 40 * 60,
  async handle(ctx, { operationId }) {
    await runDeleteEnvironment(ctx, operationId);
  },
};
