import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-operations";

export const operationMessages: Translation<typeof en.operationMessages> = {
  refresh: "状態の更新",
  refreshFailed: "状態を更新できませんでした。もう一度お試しください。",
  operations: "最近の操作",
  operationsEmpty: "操作はまだありません。",
  operationsLoading: "操作を読み込んでいます…",
  operationBy: (who: string) => `実行者: ${who}`,
  progressLabel: (kind: string) => `${kind}の進行状況`,
  stepsSummary: (n: number) => `${n} ステップ`,
};
