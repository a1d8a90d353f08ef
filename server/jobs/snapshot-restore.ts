import "server-only";
import { z } from "zod";
import { runRestore } from "../domain/backups/run-restore";
import type { JobDefinition } from "./types";

/** Restores a snapshot into a stopped environment (aside, checked, then swapped). */
export const snapshotRestoreJob: JobDefinition<{ operationId: string }> = {
  name: "snapshot.restore",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 2,
  // A job active longer than this is considered lost (worker died) and handed to another worker.
  expireInSeconds: 4 * 60 * 60,
  async handle(ctx, { operationId }) {
    await runRestore(ctx, operationId);
  },
};
