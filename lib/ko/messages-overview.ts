import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-overview";

export const overviewMessages: Translation<typeof en.overviewMessages> = {
  failed: {
    title: "초기화 실패",
    cause: "원인",
    ownerNext: "원인이 고객 측(예: 할당량)에 있다면 Azure에서 해결한 뒤 초기화를 다시 실행하세요. 다시 실행해도 실패하면 로그가 첨부된 티켓이 자동으로 열립니다.",
    managerNext: "초기화를 다시 실행할 수 있는 사람은 조직 소유자뿐입니다. 티켓을 열면 지원팀이 최근 로그로 살펴봅니다.",
    components: "구성 요소",
    notCreated: (at) => `만들어지지 않음: 초기화가 ${at} 단계에서 멈췄습니다.`,
    openTicket: "티켓 열기",
    ticketHeading: "이 실패에 대한 티켓 열기",
    subject: "제목",
    description: "설명",
    severity: "심각도",
    send: "티켓 열기",
    sending: "여는 중…",
    cancel: "취소",
    subjectText: (cluster) => `${cluster} 초기화 실패`,
    descriptionText: (cluster, cause, components) =>
      [`${cluster} 초기화에 실패했습니다.`, `원인: ${cause}`, components.length ? `실패한 구성 요소:\n${components.map((line) => `- ${line}`).join("\n")}` : ""].filter(Boolean).join("\n\n"),
    checkFields: "강조 표시된 항목을 확인하세요.",
    unreachable: "포털에 연결할 수 없습니다. 다시 시도하세요.",
  },
  settingsNotApplied: "적용 안 됨",
  details: {
    title: "클러스터 세부 정보",
    loadBalancer: "부하 분산 장치",
    loadBalancerExposure: { public: "공용", internal: "내부" },
    plan: "플랜",
    plans: { STANDARD: "Standard", JIT: "Just-in-time(JIT)" },
    nodeVmSize: "노드 VM 크기",
    postgresCompute: "PostgreSQL 컴퓨팅 크기",
    resourceGroup: "관리형 리소스 그룹",
    notYet: "아직 할당되지 않음",
  },
  chart: {
    title: "주별 작업",
    description: (weeks) => `최근 ${weeks}주 동안 이 클러스터에서 실행된 작업(주별, 결과별)입니다.`,
    empty: "이 기간에는 작업이 없습니다.",
    week: "주 시작일",
    succeeded: "성공",
    failed: "실패",
    total: "합계",
    showTable: "표로 보기",
    summary: (total, failed) => `작업 ${total}건, 실패 ${failed}건`,
  },
};
