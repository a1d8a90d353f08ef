import "server-only";
import { z } from "zod";
import { runDisconnectConnection } from "../domain/connections/run-connection-operations";
import type { JobDefinition } from "./types";

/** Disconnects a subscription (refused while a cluster of it is in use). */
export const connectionDisconnectJob: JobDefinition<{ operationId: string }> = {
  name: "connection.disconnect",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 2,
  expireInSeconds: 300,
  async handle(ctx, { operationId }) {
    await runDisconnectConnection(ctx, operationId);
  },
};
