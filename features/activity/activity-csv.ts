import "server-only";
import { activityMessages as t, actionLabel } from "@/lib/messages-activity";
import type { Actor } from "@/server/auth/permissions";
import type { DbOrTx } from "@/server/db";
import { exportOrgActivity, type ActivityItem, type ActivityQuery } from "@/server/store/ui-activity";
import { csvRow } from "./csv";

function targetText(item: ActivityItem): string {
  if (item.targetNumber !== null) return t.ticketTarget(item.targetNumber);
  return item.targetLabel ?? item.targetId ?? "";
}

export function activityCsvLine(item: ActivityItem): string {
  return csvRow([
    item.at.toISOString(),
    item.actorName ?? "",
    item.actorEmail ?? "",
    item.actorKind,
    actionLabel(item.action),
    item.action,
    item.targetType ? (t.targetKind[item.targetType] ?? item.targetType) : "",
    targetText(item),
    item.outcome,
    item.purpose ?? "",
  ]);
}

/**
 * The organisation's activity under a filter as CSV, streamed batch by batch. The first batch is
 * read before the stream is returned, so a refusal is an error of the request, not of the body.
 */
export async function activityCsvStream(db: DbOrTx, actor: Actor, orgId: string, query: ActivityQuery): Promise<ReadableStream<Uint8Array>> {
  const batches = exportOrgActivity(db, actor, orgId, query);
  const first = await batches.next();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark, so spreadsheets read the names as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(t.csv.header)}`));
      if (!first.done) controller.enqueue(encoder.encode(first.value.map(activityCsvLine).join("")));
      if (first.done) controller.close();
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(activityCsvLine).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
