import "server-only";
import { supportConfig } from "./config";
import type { ExternalDesk } from "./desk";
import { createZendeskDesk } from "./zendesk";

/** The configured external desk, or null: without configuration nothing is synced. */
export function deskFromEnv(): ExternalDesk | null {
  const { zendesk } = supportConfig();
  return zendesk ? createZendeskDesk(zendesk) : null;
}
