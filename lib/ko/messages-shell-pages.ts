import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-shell-pages";

export const notFoundMessages: Translation<typeof en.notFoundMessages> = {
  title: "페이지를 찾을 수 없습니다",
  body: "이 페이지가 없거나 접근 권한이 없습니다. 주소를 확인하거나 아래 페이지로 이동하세요.",
  home: "클러스터로 이동",
  signIn: "로그인",
};

export const adminOrgMessages: Translation<typeof en.adminOrgMessages> = {
  pageTitle: "조직",
  back: "관리로 돌아가기",
  open: (name: string) => `${name} 열기`,
  plan: "플랜",
  entitlement: "사용 권한",
  since: "가입일",
  clusters: "클러스터",
  clustersEmpty: "클러스터가 없습니다",
  members: "구성원",
  membersEmpty: "구성원이 없습니다",
  policy: "설정 정책",
  policyHint: "이 조직의 구성원이 보거나 변경할 수 없는 설정입니다.",
  policyNone: "이 조직은 모든 설정을 사용할 수 있습니다.",
  policyEdit: "설정 정책 편집",
  ruleMode: { hidden: "숨김", locked: "잠김" },
  shownFirst: (shown: number, total: number) => `전체 ${total}개 중 처음 ${shown}개를 표시합니다.`,
  columns: {
    name: "이름",
    status: "상태",
    region: "지역",
    environments: "환경",
    email: "이메일",
    role: "역할",
    joined: "가입일",
    setting: "설정",
    rule: "규칙",
  },
};
