import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-backups";

export const backupMessages: Translation<typeof en.backupMessages> = {
  title: "백업",
  intro: "Mendix 아카이브 형식으로 된 환경의 데이터베이스 및 파일 스냅샷입니다.",
  environment: "환경",
  noEnvironments: "이 클러스터에는 아직 환경이 없습니다.",
  noSnapshots: "아직 스냅샷이 없습니다.",
  kind: { NIGHTLY: "매일 밤", WEEKLY: "매주", MONTHLY: "매월", MANUAL: "주문형", UPLOADED: "업로드됨" },
  status: { PROCESSING: "처리 중", FINISHED: "완료", FAILED: "실패" },
  columns: {
    status: "상태",
    id: "ID",
    createdAt: "생성 일시",
    kind: "종류",
    version: "패키지 / 모델",
    comment: "설명",
    size: "크기",
    expires: "만료",
    verified: "검증",
  },
  notVerified: "아직 안 됨",
  drillFailed: "복원 훈련 실패",
  actions: {
    create: "스냅샷 생성",
    comment: "설명(선택 사항)",
    upload: "스냅샷 업로드",
    uploadFile: "스냅샷 아카이브(.tar.gz)",
    uploadHint: "Mendix 스냅샷 형식의 .tar.gz 파일입니다. 복원하기 전에 검사를 거칩니다.",
    download: "다운로드",
    link: "다운로드 링크 받기",
    linkReady: "1시간 동안 유효한 링크:",
    restore: "복원",
    drill: "검증(복원 훈련)",
    delete: "삭제",
  },
  restoreConfirm: {
    title: "이 스냅샷을 복원하시겠습니까?",
    body: "환경의 데이터베이스와 파일이 스냅샷으로 대체됩니다. 현재 데이터는 7일 동안 보관됩니다.",
    versionWarning: (snapshot: string, environment: string) =>
      `스냅샷의 모델 버전은 ${snapshot || "알 수 없음"}, 환경의 모델 버전은 ${environment || "알 수 없음"}입니다. 일치하는 패키지를 배포하기 전까지는 이 데이터로 앱이 시작되지 않을 수 있습니다.`,
    confirm: "복원",
    cancel: "취소",
  },
  deleteConfirm: "이 스냅샷을 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.",
  readOnly: "스냅샷을 볼 수 있습니다. 스냅샷 생성, 업로드 및 복원은 관리자와 소유자가 합니다.",
  chartTitle: "스냅샷 크기",
  chartEmpty: "스냅샷이 완료되면 여기에 크기가 표시됩니다.",
  started: "시작되었습니다. 진행률이 아래에 표시됩니다.",
  errors: {
    uploadType: ".tar.gz 파일을 선택하십시오.",
  },
};
