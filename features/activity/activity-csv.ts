import "server-only";
import { activityMessages, actionLabel, AUDIT_ACTION_LABEL } from "@/lib/messages-activity";
import { statusMessages } from "@/lib/messages-status";
import type { Translation } from "@/lib/i18n/translation";
import type { Actor } from "@/server/auth/permissions";
import type { DbOrTx } from "@/server/db";
import { exportOrgActivity, type ActivityItem, type ActivityQuery } from "@/server/store/ui-activity";
import { csvRow } from "./csv";

/** The texts an export is written in (the request's language; English by default). */
export interface CsvTexts {
  activityMessages: Translation<typeof activityMessages>;
  AUDIT_ACTION_LABEL: Readonly<Record<string, string>>;
  operationKind: Readonly<Record<string, string>>;
}

const ENGLISH: CsvTexts = { activityMessages, AUDIT_ACTION_LABEL, operationKind: statusMessages.operationKind };

function targetText(item: ActivityItem, t: CsvTexts["activityMessages"]): string {
  if (item.targetNumber !== null) return t.ticketTarget(item.targetNumber);
  return item.targetLabel ?? item.targetId ?? "";
}

export function activityCsvLine(item: ActivityItem, texts: CsvTexts = ENGLISH): string {
  const t = texts.activityMessages;
  return csvRow([
    item.at.toISOString(),
    item.actorName ?? "",
    item.actorEmail ?? "",
    item.actorKind,
    actionLabel(item.action, texts.AUDIT_ACTION_LABEL, texts.operationKind),
    item.action,
    item.targetType ? (t.targetKind[item.targetType] ?? item.targetType) : "",
    targetText(item, t),
    item.outcome,
    item.purpose ?? "",
  ]);
}

/**
 * The organisation's activity under a filter as CSV, streamed batch by batch. The first batch is
 * read before the stream is returned, so a refusal is an error of the request, not of the body.
 */
export async function activityCsvStream(db: DbOrTx, actor: Actor, orgId: string, query: ActivityQuery, texts: CsvTexts = ENGLISH): Promise<ReadableStream<Uint8Array>> {
  const line = (item: ActivityItem) => activityCsvLine(item, texts);
  const batches = exportOrgActivity(db, actor, orgId, query);
  const first = await batches.next();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark, so spreadsheets read the names as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(texts.activityMessages.csv.header)}`));
      if (!first.done) controller.enqueue(encoder.encode(first.value.map(line).join("")));
      if (first.done) controller.close();
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(line).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
