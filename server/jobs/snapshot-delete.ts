import "server-only";
import { z } from "zod";
import { runSnapshotDeletion } from "../domain/backups/run-snapshot-deletion";
import type { JobDefinition } from "./types";

export const snapshotDeleteJob: JobDefinition<{ operationId: string }> = {
  name: "snapshot.delete",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 3,
  expireInSeconds: 15 * 60,
  async handle(ctx, { operationId }) {
    await runSnapshotDeletion(ctx, operationId);
  },
};
