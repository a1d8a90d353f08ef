import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-compliance";

export const complianceMessages: Translation<typeof en.complianceMessages> = {
  title: "규정 준수",
  description: "서비스가 Azure Policy로 검사하는 SOC 2 컨트롤과 Azure에 있는 이 클러스터의 실시간 상태, 그리고 문서화된 예외입니다.",
  controlsHeading: "SOC 2 컨트롤",
  exceptionsHeading: "문서화된 예외",
  exceptionsHint: "서비스가 설계상 허용하는 편차입니다. 실패가 아닙니다.",
  columns: { service: "서비스", policy: "Azure Policy", expected: "예상 값", state: "실시간 상태", observed: "Azure 반환 값", rationale: "근거" },
  states: { compliant: "준수", "non-compliant": "비준수", unknown: "찾을 수 없음", unchecked: "아직 검사 안 됨" },
  accepted: "허용된 예외",
  checkedAt: (when: string) => `검사 일시: ${when}`,
  neverChecked: "아직 검사하지 않았습니다. 검사를 실행하여 Azure에서 실시간 상태를 읽으십시오.",
  recheck: "다시 검사",
  rechecking: "검사하는 중…",
  recheckFailed: "검사를 실행할 수 없습니다.",
  summary: (compliant: number, total: number) => `컨트롤 ${total}개 중 ${compliant}개 준수`,
  notInitialized: "규정 준수는 클러스터가 초기화된 후에 검사합니다.",
  step: "Azure에서 실시간 상태 읽기",
};
