import "server-only";
import { z } from "zod";
import { runAddConnection } from "../domain/connections/run-connection-operations";
import type { JobDefinition } from "./types";

/** Connects a subscription: checks it, registers the connection and discovers its clusters. */
export const connectionAddJob: JobDefinition<{ operationId: string }> = {
  name: "connection.add",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 2,
  expireInSeconds: 300,
  async handle(ctx, { operationId }) {
    await runAddConnection(ctx, operationId);
  },
};
