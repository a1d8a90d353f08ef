import { TOKEN_MAX_DAYS, TOKEN_MAX_PER_USER } from "@/lib/access-token-limits";
import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-tokens";
import { josa } from "./particle";

export const tokenMessages: Translation<typeof en.tokenMessages> = {
  title: "액세스 토큰",
  description: `개인용 액세스 토큰을 사용하면 스크립트가 조직에서의 사용자 권한으로 포털 API를 호출할 수 있습니다. 토큰은 최대 ${TOKEN_MAX_DAYS}일 동안 유효하며, 한 번에 최대 ${TOKEN_MAX_PER_USER}개를 보유할 수 있습니다.`,
  apiReference: "API 참조",
  createHeading: "토큰 만들기",
  name: "이름",
  nameHint: "토큰의 용도입니다(예: “CI 파이프라인”).",
  scopes: "범위",
  scopeLabel: {
    read: "read: 클러스터, 환경, 스냅샷, 티켓 나열 및 읽기",
    write: "write: 만들기, 변경, 삭제도 가능",
  },
  expiry: "만료 기간",
  days: (days: number) => `${days}일`,
  create: "토큰 만들기",
  creating: "만드는 중…",
  createdHeading: "새 토큰",
  createdNote: "지금 복사하십시오. 토큰은 한 번만 표시됩니다. `Authorization: Bearer <token>` 형식으로 보내십시오.",
  tokenLabel: "새 액세스 토큰",
  copy: "복사",
  copied: "복사됨",
  done: "완료",
  listHeading: "내 토큰",
  empty: "아직 액세스 토큰이 없습니다.",
  columns: { name: "이름", prefix: "토큰", scopes: "범위", lastUsed: "마지막 사용", expires: "만료", actions: "작업" },
  never: "없음",
  expired: "만료됨",
  revoke: "해지",
  revokeLabel: (name: string) => `${name} 해지`,
  confirmRevoke: (name: string) => `${josa(`“${name}”`, "을")} 해지하시겠습니까? 이 토큰을 사용하는 스크립트가 즉시 작동을 멈춥니다.`,
  revoked: (name: string) => `${josa(`“${name}”`, "을")} 해지했습니다.`,
  checkFields: "강조 표시된 필드를 확인하십시오.",
};
