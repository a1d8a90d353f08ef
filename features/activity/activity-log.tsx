import { History } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Label, Select } from "@/components/ui/input";
import { Pagination, queryString } from "@/components/ui/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatTimestamp } from "@/lib/format";
import { messages } from "@/lib/messages";
import type { ActivityItem, ActivityQuery } from "@/server/store/ui-activity";

const OUTCOME_TONE: Record<ActivityItem["outcome"], BadgeTone> = { SUCCESS: "green", FAILURE: "red", DENIED: "amber" };

/** The activity log table with its filters; everything lives in the URL and is applied on the server. */
export function ActivityLog({
  items,
  total,
  totalCapped,
  query,
  basePath,
  timeZone,
}: {
  items: ActivityItem[];
  total: number;
  totalCapped: boolean;
  query: ActivityQuery;
  basePath: string;
  timeZone: string;
}) {
  const t = messages.activity;
  const filtered = Boolean(query.q || query.from || query.to);
  const href = (page: number) =>
    `${basePath}${queryString({ q: query.q, from: query.from, to: query.to, sort: query.sort === "newest" ? undefined : query.sort, page: page > 1 ? page : undefined })}`;
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
        <p className="ml-auto self-center text-xs text-neutral-600 dark:text-neutral-400">{t.timeZone(timeZone)}</p>
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
                    <time dateTime={item.at.toISOString()}>{formatTimestamp(item.at, timeZone)}</time>
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
                  <TD className="font-mono text-xs">{item.action}</TD>
                  <TD>
                    {item.targetType ? <span className="text-neutral-500 dark:text-neutral-400">{item.targetType} </span> : null}
                    {item.targetLabel ? (
                      <span className="font-medium">{item.targetLabel}</span>
                    ) : item.targetId ? (
                      <span className="font-mono text-xs">{item.targetId}</span>
                    ) : null}
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
