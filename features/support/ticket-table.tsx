import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { TicketStatus } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { staffCatalogue } from "@/lib/i18n/catalogues/messages-staff";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { requestLocale, texts } from "@/server/i18n/texts";
import type { TicketSeverity } from "@/generated/prisma/enums";
import { SlaClock } from "./sla-clock";
import { BreachBadge, SeverityBadge, TicketStatusBadge } from "./ticket-badges";


export interface TicketRow {
  id: string;
  number: number;
  subject: string;
  severity: TicketSeverity;
  status: TicketStatus;
  creator: string;
  orgName: string;
  cluster: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  breached: boolean;
  lastActivityAt: string;
}

/**
 * The ticket list (customers' Support Center and the staff queue share it); rows link with plain
 * anchors (no client component per row). Staff see their own status words and the SLA clock as of `now`.
 */
export async function TicketTable({ rows, hrefBase, timeZone, staff, caption }: { rows: TicketRow[]; hrefBase: string; timeZone: string; staff?: { now: string }; caption: string }) {
  const [{ supportMessages, CUSTOMER_STATUS_LABEL, SEVERITY_LABEL }, { STAFF_STATUS_LABEL, staffMessages }, locale] = await Promise.all([texts(supportCatalogue), texts(staffCatalogue), requestLocale()]);
  const t = supportMessages.columns;
  const statusLabels = staff ? STAFF_STATUS_LABEL : CUSTOMER_STATUS_LABEL;
  return (
    <Table aria-label={caption}>
      <THead>
        <tr>
          <TH>{t.number}</TH>
          <TH>{t.subject}</TH>
          {staff ? <TH>{t.organisation}</TH> : null}
          <TH>{t.cluster}</TH>
          <TH>{t.creator}</TH>
          <TH>{t.severity}</TH>
          <TH>{t.status}</TH>
          {staff ? <TH>{t.assignee}</TH> : null}
          {staff ? <TH>{t.slaClock}</TH> : null}
          <TH>{t.firstResponseDue}</TH>
          <TH>{t.lastUpdate}</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TR key={row.id}>
            <TD className="tabular-nums text-neutral-600 dark:text-neutral-400">{row.number}</TD>
            <TD className="max-w-md">
              <a href={`${hrefBase}/${row.number}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                {row.subject}
              </a>
            </TD>
            {staff ? <TD>{row.orgName}</TD> : null}
            <TD>{row.cluster?.name ?? "—"}</TD>
            <TD>{row.creator}</TD>
            <TD>
              <SeverityBadge severity={row.severity} label={SEVERITY_LABEL[row.severity]} />
            </TD>
            <TD>
              <TicketStatusBadge status={row.status} label={statusLabels[row.status]} />
            </TD>
            {staff ? <TD>{row.assignee?.name ?? "—"}</TD> : null}
            {staff ? (
              <TD className="whitespace-nowrap">
                <SlaClock dueAt={row.firstResponseDueAt} respondedAt={row.firstRespondedAt} breached={row.breached} now={staff.now} staffMessages={staffMessages} />
              </TD>
            ) : null}
            <TD className="whitespace-nowrap">
              <span className="flex items-center gap-2">
                {formatDateTime(row.firstResponseDueAt, timeZone, "—", locale)}
                {row.breached && !staff ? <BreachBadge label={supportMessages.breached} /> : null}
              </span>
            </TD>
            <TD className="whitespace-nowrap">{formatDateTime(row.lastActivityAt, timeZone, "—", locale)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
