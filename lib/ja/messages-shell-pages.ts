import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-shell-pages";

export const notFoundMessages: Translation<typeof en.notFoundMessages> = {
  title: "ページが見つかりません",
  body: "このページは存在しないか、アクセスする権限がありません。アドレスを確認するか、次のページから移動してください。",
  home: "クラスターへ移動",
  signIn: "サインイン",
};

export const adminOrgMessages: Translation<typeof en.adminOrgMessages> = {
  pageTitle: "組織",
  back: "管理に戻る",
  open: (name: string) => `${name} を開く`,
  plan: "プラン",
  entitlement: "利用権",
  since: "利用開始日",
  clusters: "クラスター",
  clustersEmpty: "クラスターはありません",
  members: "メンバー",
  membersEmpty: "メンバーはいません",
  policy: "設定ポリシー",
  policyHint: "この組織のメンバーが表示または変更できない設定です。",
  policyNone: "この組織ではすべての設定を利用できます。",
  policyEdit: "設定ポリシーを編集",
  ruleMode: { hidden: "非表示", locked: "ロック" },
  shownFirst: (shown: number, total: number) => `${total} 件中、最初の ${shown} 件を表示しています。`,
  columns: {
    name: "名前",
    status: "状態",
    region: "リージョン",
    environments: "環境",
    email: "メール アドレス",
    role: "ロール",
    joined: "参加日",
    setting: "設定",
    rule: "ルール",
  },
};
