import "server-only";
import { z } from "zod";
import { runApplyEnvironment } from "../domain/environments/run-environment-operation";
import type { JobDefinition } from "./types";

/** Deploys, starts, stops or scales an environment: writes its MendixApp, waits for the operator. */
export const environmentApplyJob: JobDefinition<{ operationId: string }> = {
  name: "environment.apply",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 3,
  expireInSeconds: 40 * 60,
  async handle(ctx, { operationId }) {
    await runApplyEnvironment(ctx, operationId);
  },
};
