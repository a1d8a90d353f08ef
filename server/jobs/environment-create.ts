import "server-only";
import { z } from "zod";
import { runCreateEnvironment } from "../domain/environments/run-environment-operation";
import type { JobDefinition } from "./types";

/** Creates an environment: its database and files, then its MendixApp, until the operator has it Stopped. */
export const environmentCreateJob: JobDefinition<{ operationId: string }> = {
  name: "environment.create",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 3,
  expireInSeconds: 40 * 60,
  async handle(ctx, { operationId }) {
    await runCreateEnvironment(ctx, operationId);
  },
};
