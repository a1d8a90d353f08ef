"use client";

import { useTexts } from "@/components/i18n/locale-provider";
import { Badge } from "@/components/ui/badge";
import { staffCatalogue } from "@/lib/i18n/catalogues/messages-staff";
import { formatMinutes } from "@/lib/messages-staff";
import { slaClock } from "@/lib/sla";

/** The first-response countdown for staff, as of `now` (the page's render time). */
export function SlaClock({ dueAt, respondedAt, breached, now }: { dueAt: string | null; respondedAt: string | null; breached: boolean; now: string }) {
  const { staffMessages } = useTexts(staffCatalogue);
  const t = staffMessages.sla;
  const clock = slaClock({ firstResponseDueAt: dueAt ? new Date(dueAt) : null, firstRespondedAt: respondedAt ? new Date(respondedAt) : null, breachedAt: breached ? new Date(0) : null }, new Date(now));
  switch (clock.state) {
    case "none":
      return (
        <span className="text-neutral-600 dark:text-neutral-400" data-testid="sla-clock">
          {t.none}
        </span>
      );
    case "met":
      return (
        <Badge tone="green" data-testid="sla-clock">
          {t.met}
        </Badge>
      );
    case "due":
      return (
        <Badge tone={clock.minutes < 60 ? "amber" : "blue"} data-testid="sla-clock">
          {t.dueIn(formatMinutes(clock.minutes, staffMessages.units))}
        </Badge>
      );
    case "overdue":
      return (
        <Badge tone="red" data-testid="sla-clock">
          {t.overdue(formatMinutes(clock.minutes, staffMessages.units))}
        </Badge>
      );
  }
}
