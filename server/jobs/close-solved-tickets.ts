import "server-only";
import { z } from "zod";
import { closeSolvedTickets } from "../domain/support/close-solved-tickets";
import { supportConfig } from "../support/config";
import type { JobDefinition } from "./types";

/** Daily: Solved tickets without a reply for SUPPORT_AUTO_CLOSE_DAYS days become Closed. */
export const closeSolvedTicketsJob: JobDefinition<Record<string, unknown>> = {
  name: "support.close-solved-tickets",
  cron: "15 3 * * *",
  schema: z.object({}).passthrough(),
  retryLimit: 2,
  expireInSeconds: 600,
  async handle(ctx) {
    const closed = await closeSolvedTickets(ctx.db, supportConfig().autoCloseDays);
    ctx.log("solved tickets closed", { closed });
  },
};
