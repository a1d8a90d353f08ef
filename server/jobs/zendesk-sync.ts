import "server-only";
import { z } from "zod";
import { deskFromEnv } from "../support/desk-from-env";
import { syncWithDesk } from "../support/desk-sync";
import type { JobDefinition } from "./types";

/** Every minute when Zendesk is configured: push what is unsent, pull status and comments. */
export const zendeskSyncJob: JobDefinition<Record<string, unknown>> = {
  name: "support.zendesk-sync",
  cron: "* * * * *",
  schema: z.object({}).passthrough(),
  retryLimit: 0,
  expireInSeconds: 300,
  async handle(ctx) {
    const desk = deskFromEnv();
    if (!desk) return;
    const summary = await syncWithDesk(ctx.db, desk);
    if (summary.created || summary.commentsPushed || summary.statusesPushed || summary.failures) ctx.log("zendesk sync", summary);
  },
};
