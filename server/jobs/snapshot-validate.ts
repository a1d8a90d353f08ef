import "server-only";
import { z } from "zod";
import { runSnapshotValidation } from "../domain/backups/run-snapshot-validation";
import type { JobDefinition } from "./types";

/** Checks an uploaded snapshot archive before it can be restored. */
export const snapshotValidateJob: JobDefinition<{ operationId: string }> = {
  name: "snapshot.validate",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 2,
  expireInSeconds: 2 * 60 * 60,
  async handle(ctx, { operationId }) {
    await runSnapshotValidation(ctx, operationId);
  },
};
