import { formatBytes, formatDate } from "@/lib/format";
import { backupsCatalogue } from "@/lib/i18n/catalogues/messages-backups";
import { requestLocale, texts } from "@/server/i18n/texts";

/** Snapshot sizes over time as a plain server-rendered SVG bar chart (no chart library, no JS). */
export async function SnapshotSizeChart({ points, timeZone }: { points: { at: string; bytes: number }[]; timeZone: string }) {
  const { backupMessages: t } = await texts(backupsCatalogue);
  const locale = await requestLocale();
  if (points.length === 0) return <p className="px-4 py-3 text-sm text-neutral-600 dark:text-neutral-400">{t.chartEmpty}</p>;
  const width = 600;
  const height = 120;
  const max = Math.max(...points.map((p) => p.bytes), 1);
  const bar = width / points.length;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure className="px-4 py-3">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${t.chartTitle}: ${t.chartRange(formatBytes(first.bytes), formatBytes(last.bytes))}`} className="h-32 w-full text-accent-600">
        {points.map((p, i) => {
          const h = Math.max(2, (p.bytes / max) * (height - 4));
          return (
            <rect key={p.at} x={i * bar + 1} y={height - h} width={Math.max(1, bar - 2)} height={h} fill="currentColor" rx={1}>
              <title>{`${formatDate(p.at, timeZone, "—", locale)}: ${formatBytes(p.bytes)}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="flex justify-between text-xs text-neutral-500 dark:text-neutral-400">
        <span>{formatDate(first.at, timeZone, "—", locale)}</span>
        <span>{t.chartMax(formatBytes(max))}</span>
        <span>{formatDate(last.at, timeZone, "—", locale)}</span>
      </figcaption>
    </figure>
  );
}
