import "server-only";
import { z } from "zod";
import { runSnapshot } from "../domain/backups/run-snapshot";
import type { JobDefinition } from "./types";

/** Takes one snapshot (on demand or scheduled); a worker that died mid-way is replaced and the archive rewritten. */
export const snapshotCreateJob: JobDefinition<{ operationId: string }> = {
  name: "snapshot.create",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 2,
  expireInSeconds: 4 * 60 * 60,
  async handle(ctx, { operationId }) {
    await runSnapshot(ctx, operationId);
  },
};
