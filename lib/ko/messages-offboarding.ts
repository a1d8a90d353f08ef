import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-offboarding";
import { josa } from "./particle";
import { OFFBOARD_GRACE_DAYS } from "@/lib/offboarding";

export const offboardingMessages: Translation<typeof en.offboardingMessages> = {
  action: "오프보딩",
  title: (name: string) => `${name} 오프보딩`,
  intro: "오프보딩하면 이 클러스터에 대한 관리형 서비스가 종료됩니다. 고객이 직접 되돌릴 수 없습니다.",
  removedHeading: "제거되는 항목",
  removed: (resourceGroup: string) => [
    `관리형 리소스 그룹 ${resourceGroup} 및 그 안의 모든 리소스: Kubernetes 서비스, PostgreSQL 서버와 데이터베이스, 컨테이너 레지스트리, 파일과 백업이 있는 스토리지 계정, Grafana, Prometheus, Log Analytics, 네트워크 및 프라이빗 엔드포인트.`,
    "구독에 대한 공급자의 액세스(관리형 애플리케이션).",
    "이 포털의 클러스터 등록. 클러스터 목록에서 사라집니다.",
    "클러스터의 지원 티켓.",
  ],
  graceNote: `공급자 직원은 ${OFFBOARD_GRACE_DAYS}일 이내에 등록을 되살릴 수 있습니다. 삭제된 리소스의 데이터는 포함되지 않습니다.`,
  confirmLabel: (name: string) => `확인하려면 ${josa(name, "을")} 입력하십시오`,
  submit: "이 클러스터 오프보딩",
  submitting: "시작하는 중…",
  running: "오프보딩하는 중…",
  done: "클러스터가 오프보딩되었습니다.",
  backToList: "클러스터 목록으로 돌아가기",
  failed: "오프보딩을 시작할 수 없습니다.",
  operationFailed: "오프보딩이 실패했습니다. 클러스터 등록은 유지됩니다. 다시 시도하거나 지원 티켓을 여십시오.",
  ownerOnly: "조직의 소유자만 클러스터를 오프보딩할 수 있습니다.",
  notNow: "클러스터에서 작업이 실행되는 동안에는 오프보딩할 수 없습니다.",
  wrongName: "입력한 이름이 클러스터 이름과 다릅니다.",
  wrongNameField: (name: string) => `확인하려면 ${josa(name, "을")} 입력하십시오.`,
  steps: {
    resourceGroup: "관리형 리소스 그룹 삭제",
    access: "공급자의 액세스 제거",
    tickets: "지원 티켓 삭제",
    registration: "등록 제거",
  },
};

export const reviveMessages: Translation<typeof en.reviveMessages> = {
  title: "오프보딩된 클러스터",
  description: `최근 ${OFFBOARD_GRACE_DAYS}일 이내에 오프보딩된 클러스터는 되살릴 수 있습니다. 등록이 복원되고, 클러스터의 마지막 설정으로 관리형 리소스가 다시 만들어집니다.`,
  empty: "유예 기간 내에 오프보딩된 클러스터가 없습니다.",
  columns: { cluster: "클러스터", organization: "조직", offboardedAt: "오프보딩 일시", deadline: "되살리기 기한", action: "작업" },
  purposeLabel: "목적(고객에게 표시됨)",
  revive: "되살리기",
  reviving: "되살리는 중…",
  revived: "되살렸습니다. 클러스터를 다시 초기화하는 중입니다.",
  expired: `${OFFBOARD_GRACE_DAYS}일의 유예 기간이 끝나 이 클러스터를 더 이상 되살릴 수 없습니다.`,
  notOffboarded: "오프보딩된 클러스터만 되살릴 수 있습니다.",
  failed: "클러스터를 되살릴 수 없습니다.",
};
