import "server-only";
import { supportConfig } from "../../support/config";
import type { ExternalDesk } from "../../support/desk";
import { deskFromEnv } from "../../support/desk-from-env";
import type { OfficeCalendar } from "@/lib/sla";

/** What the support use cases depend on; tests pass a fixed clock, calendar or fake desk. */
export interface SupportDeps {
  now?: Date;
  calendar?: OfficeCalendar;
  /** undefined: from configuration; null: no external desk. */
  desk?: ExternalDesk | null;
}

export function resolveDeps(deps: SupportDeps = {}) {
  return {
    now: deps.now ?? new Date(),
    calendar: deps.calendar ?? supportConfig().calendar,
    desk: deps.desk === undefined ? deskFromEnv() : deps.desk,
  };
}
