import "server-only";
import { z } from "zod";
import { runRescanConnection } from "../domain/connections/run-connection-operations";
import type { JobDefinition } from "./types";

/** Rescans a connected subscription: new managed applications become clusters, vanished ones are marked. */
export const connectionRescanJob: JobDefinition<{ operationId: string }> = {
  name: "connection.rescan",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 2,
  expireInSeconds: 300,
  async handle(ctx, { operationId }) {
    await runRescanConnection(ctx, operationId);
  },
};
