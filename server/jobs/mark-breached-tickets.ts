import "server-only";
import { z } from "zod";
import { markBreachedTickets } from "../domain/support/mark-breached-tickets";
import type { JobDefinition } from "./types";

/** Every minute: flag tickets whose first response is overdue (the list also computes it on read). */
export const markBreachedTicketsJob: JobDefinition<Record<string, unknown>> = {
  name: "support.mark-breached-tickets",
  cron: "* * * * *",
  schema: z.object({}).passthrough(),
  retryLimit: 1,
  expireInSeconds: 120,
  async handle(ctx) {
    const marked = await markBreachedTickets(ctx.db);
    if (marked) ctx.log("tickets breached their first-response time", { marked });
  },
};
