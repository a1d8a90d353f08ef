import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { overviewCatalogue } from "@/lib/i18n/catalogues/messages-overview";
import { requestLocale, texts } from "@/server/i18n/texts";
import type { WeekBucket } from "@/lib/weekly-buckets";

const WIDTH = 320;
const HEIGHT = 120;
const GAP = 6;

/** Operations per week as stacked bars: inline SVG rendered on the server, with the same numbers as a table. */
export async function OperationsChart({ buckets }: { buckets: WeekBucket[] }) {
  const t = (await texts(overviewCatalogue)).overviewMessages.chart;
  const locale = await requestLocale();
  const totals = buckets.map((bucket) => bucket.succeeded + bucket.failed + bucket.other);
  const max = Math.max(1, ...totals);
  const total = totals.reduce((sum, value) => sum + value, 0);
  const failed = buckets.reduce((sum, bucket) => sum + bucket.failed, 0);
  const barWidth = (WIDTH - GAP * (buckets.length - 1)) / buckets.length;
  // Weeks are UTC weeks: their Monday is shown as a UTC date.
  const label = (week: string) => formatDate(new Date(`${week}T00:00:00Z`), "UTC", "—", locale);
  const height = (value: number) => (value / max) * (HEIGHT - 14);
  return (
    <Card aria-labelledby="ops-chart-heading">
      <CardHeader id="ops-chart-heading" title={t.title} description={t.summary(total, failed)} />
      <div className="px-4 py-3">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="ops-chart-title ops-chart-desc" className="h-32 w-full" data-testid="operations-chart">
          <title id="ops-chart-title">{t.title}</title>
          <desc id="ops-chart-desc">{`${t.description(buckets.length)} ${t.summary(total, failed)}.`}</desc>
          {buckets.map((bucket, index) => {
            const x = index * (barWidth + GAP);
            const ok = height(bucket.succeeded + bucket.other);
            const bad = height(bucket.failed);
            return (
              <g key={bucket.week}>
                <rect x={x} y={HEIGHT - ok} width={barWidth} height={ok} className="fill-accent-500" />
                <rect x={x} y={HEIGHT - ok - bad} width={barWidth} height={bad} className="fill-red-500" />
                <rect x={x} y={HEIGHT - 1} width={barWidth} height={1} className="fill-neutral-300 dark:fill-neutral-700" />
              </g>
            );
          })}
        </svg>
        <p className="mt-1 flex gap-4 text-xs text-neutral-600 dark:text-neutral-400" aria-hidden>
          <span className="flex items-center gap-1">
            <span className="inline-block size-2.5 rounded-sm bg-accent-500" />
            {t.succeeded}
          </span>
          <span className="flex items-center gap-1">
            <span className="inline-block size-2.5 rounded-sm bg-red-500" />
            {t.failed}
          </span>
        </p>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-accent-700 dark:text-accent-300">{t.showTable}</summary>
          <Table aria-label={t.title}>
            <THead>
              <TR>
                <TH>{t.week}</TH>
                <TH className="text-right">{t.succeeded}</TH>
                <TH className="text-right">{t.failed}</TH>
                <TH className="text-right">{t.total}</TH>
              </TR>
            </THead>
            <TBody>
              {buckets.map((bucket, index) => (
                <TR key={bucket.week}>
                  <TD>{label(bucket.week)}</TD>
                  <TD className="text-right tabular-nums">{bucket.succeeded}</TD>
                  <TD className="text-right tabular-nums">{bucket.failed}</TD>
                  <TD className="text-right tabular-nums">{totals[index]}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </details>
      </div>
    </Card>
  );
}
