import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-approvals";
import { josa } from "./particle";

export const PLAN_LABELS: Translation<typeof en.PLAN_LABELS> = { STANDARD: "Standard", JIT: "Just-In-Time(JIT)" };

export const APPROVAL_STATE_LABELS: Translation<typeof en.APPROVAL_STATE_LABELS> = {
  PENDING: "보류 중",
  APPROVED: "승인됨",
  DENIED: "거부됨",
  EXPIRED: "만료됨",
  EXECUTING: "실행 중",
  COMPLETE: "완료",
  FAILED: "실패",
};

export const APPROVAL_KIND_LABELS: Translation<typeof en.APPROVAL_KIND_LABELS> = {
  environment_create: "환경 만들기",
  settings_change: "설정 변경",
  scheduled_update: "예약된 업데이트",
};

export const approvalMessages: Translation<typeof en.approvalMessages> = {
  title: "승인",
  description:
    "이 조직은 JIT(Just-In-Time) 플랜을 사용합니다. 환경 만들기, Azure 역할 할당이 필요한 설정 변경, 예약된 업데이트는 구독의 소유자 또는 기여자가 승인할 때까지 대기합니다. 요청은 24시간 후에 만료되며, 승인은 2시간 동안 유효합니다.",
  standardPlan: "이 조직은 Standard 플랜을 사용합니다. 변경 사항은 바로 실행되며 승인이 필요하지 않습니다.",
  approverNote: "요청을 승인하거나 거부할 수 있습니다. 구독에 대한 소유자 또는 기여자 역할이 있는 클러스터 관리자 또는 소유자입니다.",
  notApprover: (reason: string) => `요청을 볼 수는 있지만 결정할 수는 없습니다: ${reason}`,
  tableLabel: "승인 요청",
  columns: { what: "내용", state: "상태", requestedBy: "요청자", requestedAt: "요청 일시", expires: "만료", decision: "결정", actions: "작업" },
  system: "서비스",
  autoApproved: "자동 승인 기간 내에 자동으로 승인됨",
  decidedBy: (name: string) => `결정자: ${name}`,
  approve: "승인",
  deny: "거부",
  deciding: "저장하는 중…",
  approved: "승인되었습니다. 작업이 실행 중입니다.",
  denied: "거부되었습니다.",
  operation: "진행률",
  emptyTitle: "요청 없음",
  emptyText: "누군가 환경을 만들거나 Azure 역할 할당이 필요한 설정을 변경하면 여기에 요청이 표시됩니다.",
  pendingCount: (count: number) => `요청 ${count}건이 승인을 기다리고 있습니다`,
  openApprovals: "승인 열기",
  requested: (what: string) => `요청을 보냈습니다. 구독의 소유자 또는 기여자가 승인하면 “${what}” 작업이 실행됩니다.`,
  summaries: {
    environmentCreate: (name: string, plan: string) => `환경 ${name}(${plan}) 만들기`,
    settingsChange: (keys: string[]) => `${keys.join(", ")} 변경`,
    scheduledUpdate: (release: string, environment: string) => `${josa(environment, "을")} ${josa(release, "으로")} 업데이트`,
  },
  refusals: {
    expired: "이 요청은 만료되었습니다.",
    decided: (state) => `이 요청은 이미 “${APPROVAL_STATE_LABELS[state]}” 상태입니다.`,
    notApprover: "구독에 대한 소유자 또는 기여자 역할이 있는 클러스터 관리자 또는 소유자만 요청을 결정할 수 있습니다.",
    windowOwner: "구독에 대한 소유자 또는 기여자 역할이 있는 소유자만 자동 승인 기간을 정의할 수 있습니다.",
  },
  windows: {
    title: "자동 승인 기간",
    description: "기간 안에 들어온 요청은 바로 승인되고 자동 승인으로 기록됩니다. 기간은 최소 8시간입니다.",
    tableLabel: "자동 승인 기간",
    columns: { from: "시작", until: "종료", reason: "이유", by: "정의한 사용자" },
    empty: "기간이 없습니다.",
    startsAt: "시작",
    endsAt: "종료",
    reason: "이유",
    add: "기간 추가",
    adding: "추가하는 중…",
    added: "기간이 추가되었습니다.",
    tooShort: "기간은 최소 8시간이어야 합니다.",
    tooLong: "기간은 최대 31일입니다.",
    inPast: "이 기간은 이미 끝났습니다.",
    tooFarAhead: "기간은 최대 90일 후까지만 시작할 수 있습니다.",
  },
  admin: { plan: "플랜" },
};
