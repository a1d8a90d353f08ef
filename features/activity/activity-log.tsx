import { Download, History } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Label, Select } from "@/components/ui/input";
import { Pagination } from "@/features/lists/pagination";
import { queryString } from "@/lib/query-string";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatTimestamp } from "@/lib/format";
import { SIGN_IN_ACTIONS } from "@/lib/audit-actions";
import { activityCatalogue } from "@/lib/i18n/catalogues/messages-activity";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { actionLabel } from "@/lib/messages-activity";
import { requestLocale, texts } from "@/server/i18n/texts";
import type { ActivityItem, ActivityQuery } from "@/server/store/ui-activity";

const OUTCOME_TONE: Record<ActivityItem["outcome"], BadgeTone> = { SUCCESS: "green", FAILURE: "red", DENIED: "amber" };
type ActivityTexts = Awaited<ReturnType<typeof texts<(typeof activityCatalogue)["en"]>>>["activityMessages"];

/** The filters in a URL (pages and the CSV export share them). */
export function activityQueryString(query: ActivityQuery, page?: number) {
  return queryString({
    q: query.q,
    from: query.from,
    to: query.to,
    action: query.action,
    actor: query.actor,
    signIns: query.signIns ? "1" : undefined,
    sort: query.sort === "newest" ? undefined : query.sort,
    page: page && page > 1 ? page : undefined,
  });
}

// Plain anchors (no client component per row): the rows stay one static string (components/ui/table.tsx)
// and components/router-links.tsx sends their clicks through the router.
function Target({ item, a }: { item: ActivityItem; a: ActivityTexts }) {
  if (item.targetType === "ticket" && item.targetNumber !== null) {
    return (
      <a href={`/support/${item.targetNumber}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
        {a.ticketTarget(item.targetNumber)}
      </a>
    );
  }
  const kind = item.targetType ? <span className="text-neutral-500 dark:text-neutral-400">{a.targetKind[item.targetType] ?? item.targetType} </span> : null;
  if (item.targetType === "cluster" && item.targetLabel && item.targetId) {
    return (
      <>
        {kind}
        <a href={`/clusters/${item.targetId}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
          {item.targetLabel}
        </a>
      </>
    );
  }
  return (
    <>
      {kind}
      {item.targetLabel ? <span className="font-medium">{item.targetLabel}</span> : item.targetId ? <span className="font-mono text-xs">{item.targetId}</span> : null}
    </>
  );
}

/** The activity log table with its filters; everything lives in the URL and is applied on the server. */
export async function ActivityLog({
  items,
  total,
  totalCapped,
  query,
  basePath,
  timeZone,
  actors,
  exportHref,
}: {
  items: ActivityItem[];
  total: number;
  totalCapped: boolean;
  query: ActivityQuery;
  basePath: string;
  timeZone: string;
  /** The people to filter by (the organisation's log only). */
  actors?: { id: string; name: string; email: string }[];
  /** Where the CSV of the same filter is downloaded (the organisation's log only). */
  exportHref?: string;
}) {
  const t = (await texts(messagesCatalogue)).messages.activity;
  const { activityMessages: a, AUDIT_ACTION_LABEL } = await texts(activityCatalogue);
  const { operationKind } = (await texts(statusCatalogue)).statusMessages;
  const locale = await requestLocale();
  const label = (code: string) => actionLabel(code, AUDIT_ACTION_LABEL, operationKind);
  // The action filter's choices, by label (sign-ins are chosen with their own switch).
  const choices = Object.keys(AUDIT_ACTION_LABEL)
    .filter((code) => !SIGN_IN_ACTIONS.includes(code))
    .map((code) => ({ code, label: label(code) }))
    .sort((x, y) => x.label.localeCompare(y.label));
  const filtered = Boolean(query.q || query.from || query.to || query.action || query.actor || query.signIns);
  const href = (page: number) => `${basePath}${activityQueryString(query, page)}`;
  return (
    <Card>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-3 border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <div className="flex flex-col gap-1">
          <Label htmlFor="activity-q">{t.keyword}</Label>
          <Input id="activity-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t.keywordPlaceholder} className="w-64" />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="activity-from">{t.from}</Label>
          <Input id="activity-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="activity-to">{t.to}</Label>
          <Input id="activity-to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="activity-action">{a.action}</Label>
          <Select id="activity-action" name="action" defaultValue={query.action ?? ""} className="max-w-64">
            <option value="">{a.anyAction}</option>
            {choices.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {choice.label}
              </option>
            ))}
          </Select>
        </div>
        {actors ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor="activity-actor">{a.actor}</Label>
            <Select id="activity-actor" name="actor" defaultValue={query.actor ?? ""} className="max-w-56">
              <option value="">{a.anyone}</option>
              {actors.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name} ({person.email})
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <label className="flex h-8 items-center gap-2 self-end text-sm">
          <input type="checkbox" name="signIns" value="1" defaultChecked={query.signIns} />
          {a.showSignIns}
        </label>
        <div className="flex flex-col gap-1">
          <Label htmlFor="activity-sort">{t.sort}</Label>
          <Select id="activity-sort" name="sort" defaultValue={query.sort}>
            <option value="newest">{t.newest}</option>
            <option value="oldest">{t.oldest}</option>
          </Select>
        </div>
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            {t.apply}
          </Button>
          {filtered || query.sort !== "newest" ? (
            <ButtonLink href={basePath} variant="ghost">
              {t.reset}
            </ButtonLink>
          ) : null}
        </div>
        <div className="ml-auto flex flex-wrap items-center gap-3 self-center">
          <p className="text-xs text-neutral-600 dark:text-neutral-400">{t.timeZone(timeZone)}</p>
          {exportHref ? (
            <a href={`${exportHref}${activityQueryString(query)}`} download className="inline-flex h-8 items-center gap-1.5 rounded-md border border-neutral-300 px-3 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
              <Download aria-hidden className="size-4" />
              {a.exportCsv}
            </a>
          ) : null}
        </div>
      </form>
      {items.length === 0 ? (
        <EmptyState icon={History} title={t.emptyTitle}>
          {t.emptyBody}
        </EmptyState>
      ) : (
        <>
          <Table aria-label={t.tableLabel}>
            <THead>
              <tr>
                <TH>
                  {t.columns.when} <span className="font-normal">({timeZone})</span>
                </TH>
                <TH>{t.columns.who}</TH>
                <TH>{t.columns.action}</TH>
                <TH>{t.columns.target}</TH>
                <TH>{t.columns.outcome}</TH>
                <TH>{t.columns.purpose}</TH>
              </tr>
            </THead>
            <TBody>
              {items.map((item) => (
                <TR key={item.id}>
                  <TD className="whitespace-nowrap tabular-nums text-neutral-700 dark:text-neutral-300">
                    <time dateTime={item.at.toISOString()}>{formatTimestamp(item.at, timeZone, "—", locale)}</time>
                  </TD>
                  <TD>
                    <div className="flex flex-wrap items-center gap-1.5">
                      <span>{item.actorName ?? item.actorEmail ?? t.system}</span>
                      {item.actorKind === "STAFF" || item.actorKind === "TOKEN" || item.actorKind === "SYSTEM" || item.actorKind === "ANONYMOUS" ? (
                        <Badge tone={item.actorKind === "STAFF" ? "violet" : "neutral"}>{t.actorKind[item.actorKind]}</Badge>
                      ) : null}
                    </div>
                    {item.actorName && item.actorEmail ? <div className="text-xs text-neutral-500 dark:text-neutral-400">{item.actorEmail}</div> : null}
                  </TD>
                  <TD>
                    <div>{label(item.action)}</div>
                    {/* The code stays searchable with the keyword filter and useful with the API. */}
                    <div className="font-mono text-xs text-neutral-500 dark:text-neutral-400">{item.action}</div>
                  </TD>
                  <TD>
                    <Target item={item} a={a} />
                  </TD>
                  <TD>
                    <Badge tone={OUTCOME_TONE[item.outcome]}>{t.outcome[item.outcome]}</Badge>
                  </TD>
                  <TD className="max-w-xs text-neutral-700 dark:text-neutral-300">{item.purpose ?? ""}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          <div className="border-t border-neutral-200 dark:border-neutral-800">
            <Pagination page={query.page} pageSize={query.pageSize} total={total} totalCapped={totalCapped} href={href} />
          </div>
        </>
      )}
    </Card>
  );
}
