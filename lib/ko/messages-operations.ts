import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-operations";

export const operationMessages: Translation<typeof en.operationMessages> = {
  refresh: "상태 새로 고침",
  refreshFailed: "상태를 새로 고칠 수 없습니다. 다시 시도하십시오.",
  operations: "최근 작업",
  operationsEmpty: "아직 작업이 없습니다.",
  operationsLoading: "작업을 불러오는 중…",
  operationBy: (who: string) => `실행자: ${who}`,
  progressLabel: (kind: string) => `${kind} 진행률`,
  stepsSummary: (n: number) => `${n}단계`,
};
