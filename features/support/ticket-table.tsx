import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { SEVERITY_LABEL } from "@/lib/support-schemas";
import type { STATUS_LABEL } from "@/lib/ticket-status";
import { BreachBadge, SeverityBadge, TicketStatusBadge } from "./ticket-badges";

export interface TicketRow {
  id: string;
  number: number;
  subject: string;
  severity: keyof typeof SEVERITY_LABEL;
  status: keyof typeof STATUS_LABEL;
  creator: string;
  orgName: string;
  cluster: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  firstResponseDueAt: string | null;
  breached: boolean;
  lastActivityAt: string;
}

/** The ticket list (customers' Support Center and the staff queue share it); rows link with plain anchors (no client component per row). */
export function TicketTable({ rows, hrefBase, timeZone, staff = false, caption }: { rows: TicketRow[]; hrefBase: string; timeZone: string; staff?: boolean; caption: string }) {
  return (
    <Table aria-label={caption}>
      <THead>
        <tr>
          <TH>#</TH>
          <TH>Subject</TH>
          {staff ? <TH>Organisation</TH> : null}
          <TH>Cluster</TH>
          <TH>Creator</TH>
          <TH>Severity</TH>
          <TH>Status</TH>
          {staff ? <TH>Assignee</TH> : null}
          <TH>First response due</TH>
          <TH>Last update</TH>
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
              <SeverityBadge severity={row.severity} />
            </TD>
            <TD>
              <TicketStatusBadge status={row.status} />
            </TD>
            {staff ? <TD>{row.assignee?.name ?? "—"}</TD> : null}
            <TD className="whitespace-nowrap">
              <span className="flex items-center gap-2">
                {formatDateTime(row.firstResponseDueAt, timeZone)}
                {row.breached ? <BreachBadge /> : null}
              </span>
            </TD>
            <TD className="whitespace-nowrap">{formatDateTime(row.lastActivityAt, timeZone)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
