import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-updates";
import { josa } from "./particle";

export const RELEASE_KIND_LABELS: Translation<typeof en.RELEASE_KIND_LABELS> = {
  QUARTERLY: "분기별",
  WEEKLY: "주간 노드 이미지",
  EMERGENCY: "긴급",
};

export const COMPONENT_LABELS: Translation<typeof en.COMPONENT_LABELS> = {
  kubernetes: "Kubernetes",
  nodeImage: "노드 이미지",
  operator: "Mendix Operator",
  agent: "Mendix Agent",
  grafana: "Grafana",
};

export const UPDATE_STATUS_LABELS: Translation<typeof en.UPDATE_STATUS_LABELS> = {
  SCHEDULED: "예약됨",
  IN_PROGRESS: "실행 중",
  SUCCEEDED: "완료",
  FAILED: "실패",
  SKIPPED: "건너뜀",
};

export const UPDATE_STEPS: Translation<typeof en.UPDATE_STEPS> = {
  window: "유지 관리 기간",
  kubernetes: "Kubernetes 버전",
  nodeImage: "노드 이미지",
  inCluster: "Mendix Operator 및 Agent",
  grafana: "Grafana",
};

export const updateNotices: Translation<typeof en.updateNotices> = {
  upcoming: (cluster: string, release: string, when: string) =>
    `${josa(cluster, "은")} ${when}(UTC)에 시작하는 유지 관리 기간에 릴리스 ${josa(release, "으로")} 업데이트됩니다.`,
  emergency: (cluster: string, release: string) =>
    `${cluster}에 긴급 릴리스 ${josa(release, "을")} 지금 적용합니다. 긴급 업데이트는 유지 관리 기간을 기다리지 않습니다.`,
  succeeded: (cluster: string, release: string) => `${josa(cluster, "이")} 릴리스 ${josa(release, "으로")} 업데이트되었습니다.`,
  failed: (cluster: string, release: string, reason: string) =>
    `${josa(cluster, "을")} 릴리스 ${josa(release, "으로")} 업데이트하지 못했습니다: ${reason}. 공급자에게 알렸으며 다시 시도할 예정입니다.`,
  notApproved: (environments: string[]) =>
    `JIT 플랜에서는 모든 환경의 업데이트에 승인이 필요합니다. 승인되지 않음: ${environments.join(", ")}.`,
};

export const updatesMessages: Translation<typeof en.updatesMessages> = {
  title: "업데이트",
  description: "이 클러스터의 서비스 업데이트입니다. 예약된 업데이트, 해당 유지 관리 기간, 이전 실행 기록을 보여 줍니다.",
  cadence:
    "공급자는 모든 클러스터를 정해진 주기로 업데이트합니다. 모든 구성 요소는 분기별로, 노드 이미지는 매주, 긴급 수정은 즉시 업데이트합니다. 고객은 주기와 유지 관리 기간을 변경할 수 없습니다.",
  windowTitle: "유지 관리 기간",
  windowValue: (utc: string) => `매주 ${utc} UTC`,
  nextWindow: "다음 기간",
  nextWindowHint: (zone: string) => `조직의 표준 시간대(${zone}) 기준입니다.`,
  scheduledTitle: "예약됨",
  scheduledEmpty: "이 클러스터에 예약된 업데이트가 없습니다.",
  emergencyNow: "긴급: 유지 관리 기간을 기다리지 않고 지금 실행",
  historyTitle: "기록",
  historyEmpty: "이 클러스터에서 아직 실행된 업데이트가 없습니다.",
  columns: {
    release: "릴리스",
    kind: "종류",
    when: "일시",
    changes: "변경 내용",
    status: "상태",
    cluster: "클러스터",
    wave: "웨이브",
    error: "세부 정보",
  },
  noChange: "이미 이 버전입니다",
  fromTo: (from: string | null, to: string) => `${from ?? "—"} → ${to}`,
  admin: {
    title: "릴리스",
    link: "릴리스",
    description: "관리형 구성 요소의 릴리스를 게시하고, 각 클러스터의 유지 관리 기간에 웨이브별로 진행되는 롤아웃을 추적합니다.",
    publishTitle: "릴리스 게시",
    version: "릴리스",
    versionHint: "예: 2027.Q1 또는 2026-W50.",
    kind: "종류",
    purpose: "목적",
    purposeHint: "긴급 릴리스에는 필수이며 고객에게 표시됩니다.",
    notes: "참고",
    componentsTitle: "구성 요소 버전",
    componentsHint: "그대로 유지할 구성 요소는 비워 두십시오. 주간 릴리스는 노드 이미지만 변경합니다.",
    firstWave: "첫 번째 웨이브",
    firstWaveHint: "먼저 업데이트되는 클러스터입니다. 나머지는 첫 번째 웨이브가 끝난 후 각자의 유지 관리 기간에 업데이트됩니다.",
    publish: "게시",
    published: "게시되었습니다. 업데이트가 예약되었습니다.",
    rolloutsTitle: "롤아웃",
    rolloutsEmpty: "아직 게시된 릴리스가 없습니다.",
    pause: "일시 중지",
    resume: "다시 시작",
    paused: "일시 중지됨",
    rollingOut: "롤아웃 중",
    completed: "완료됨",
    publishedAt: (when: string) => `게시 일시: ${when}`,
    counts: "클러스터별",
    moreClusters: (count: number) => `외 ${count}개`,
  },
};
