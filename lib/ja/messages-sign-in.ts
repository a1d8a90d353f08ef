import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-sign-in";

export const signInMessages: Translation<typeof en.signInMessages> = {
  withProvider: (provider: string) => `${provider} でサインイン`,
  redirecting: "リダイレクトしています…",
  or: "またはメール アドレスとパスワードで",
  passwordOff: "メール アドレスとパスワードによるサインインは無効になっています。組織のアカウントでサインインしてください。",
  refusals: {
    "oidc-unverified":
      "ID プロバイダーがアカウントのメール アドレスを確認しなかったため、ポータルのアカウントと照合できません。確認済みのメール アドレスを公開するよう管理者に依頼してください。",
    "oidc-unknown": "このメール アドレスのポータル アカウントはありません。組織のオーナーに招待を依頼してください。",
    "oidc-domain": "組織ではこのメール ドメインでのサインインが許可されていません。組織のオーナーにお問い合わせください。",
    "oidc-disabled": "ポータル アカウントが無効になっています。組織のオーナーにお問い合わせください。",
  },
  failed: "ID プロバイダー経由のサインインに失敗しました。もう一度お試しください。",
};
