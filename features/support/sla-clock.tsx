import { Badge } from "@/components/ui/badge";
import { formatMinutes, type staffMessages as englishStaffMessages } from "@/lib/messages-staff";
import type { Translation } from "@/lib/i18n/translation";
import { slaClock } from "@/lib/sla";

/**
 * The first-response countdown for staff, as of `now` (the page's render time). Neither a server nor
 * a client component: it takes its texts, so the server's ticket table draws it without sending code,
 * and the client's ticket detail draws it with the texts it holds.
 */
export function SlaClock({
  dueAt,
  respondedAt,
  breached,
  now,
  staffMessages,
}: {
  dueAt: string | null;
  respondedAt: string | null;
  breached: boolean;
  now: string;
  staffMessages: Translation<typeof englishStaffMessages>;
}) {
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
