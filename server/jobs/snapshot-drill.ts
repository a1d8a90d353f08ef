import "server-only";
import { z } from "zod";
import { runDrill } from "../domain/backups/run-drill";
import type { JobDefinition } from "./types";

/** One restore drill (button or the weekly job). */
export const snapshotDrillJob: JobDefinition<{ operationId: string }> = {
  name: "snapshot.drill",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 1,
  expireInSeconds: 4 * 60 * 60,
  async handle(ctx, { operationId }) {
    await runDrill(ctx, operationId);
  },
};
