import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-sign-in";
import { josa } from "./particle";

export const signInMessages: Translation<typeof en.signInMessages> = {
  withProvider: (provider: string) => `${josa(provider, "으로")} 로그인`,
  redirecting: "리디렉션하는 중…",
  or: "또는 이메일과 암호로",
  passwordOff: "이메일과 암호를 사용한 로그인이 꺼져 있습니다. 조직의 계정으로 로그인하십시오.",
  refusals: {
    "oidc-unverified":
      "ID 공급자가 계정의 이메일 주소를 확인하지 않아 포털 계정과 연결할 수 없습니다. 관리자에게 확인된 이메일 주소를 제공하도록 요청하십시오.",
    "oidc-unknown": "이 이메일 주소에 해당하는 포털 계정이 없습니다. 조직의 소유자에게 초대를 요청하십시오.",
    "oidc-domain": "조직에서 이 이메일 도메인으로 로그인하는 것을 허용하지 않습니다. 조직의 소유자에게 문의하십시오.",
    "oidc-disabled": "포털 계정이 비활성화되어 있습니다. 조직의 소유자에게 문의하십시오.",
  },
  failed: "ID 공급자를 통한 로그인에 실패했습니다. 다시 시도하십시오.",
};
