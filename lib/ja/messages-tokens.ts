import { TOKEN_MAX_DAYS, TOKEN_MAX_PER_USER } from "@/lib/access-token-limits";
import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-tokens";

export const tokenMessages: Translation<typeof en.tokenMessages> = {
  title: "アクセス トークン",
  description: `個人用アクセス トークンを使うと、スクリプトがあなたとして、組織でのあなたの権限でポータルの API を呼び出せます。トークンの有効期間は最大 ${TOKEN_MAX_DAYS} 日で、同時に ${TOKEN_MAX_PER_USER} 個まで保持できます。`,
  apiReference: "API リファレンス",
  createHeading: "トークンを作成",
  name: "名前",
  nameHint: "トークンの用途 (例: 「CI パイプライン」)。",
  scopes: "スコープ",
  scopeLabel: {
    read: "read: クラスター、環境、スナップショット、チケットの一覧表示と読み取り",
    write: "write: さらに作成、変更、削除",
  },
  expiry: "有効期間",
  days: (days: number) => `${days} 日`,
  create: "トークンを作成",
  creating: "作成しています…",
  createdHeading: "新しいトークン",
  createdNote: "今すぐコピーしてください。トークンは一度だけ表示されます。`Authorization: Bearer <token>` として送信します。",
  tokenLabel: "新しいアクセス トークン",
  copy: "コピー",
  copied: "コピーしました",
  done: "完了",
  listHeading: "あなたのトークン",
  empty: "アクセス トークンはまだありません。",
  columns: { name: "名前", prefix: "トークン", scopes: "スコープ", lastUsed: "最終使用日時", expires: "有効期限", actions: "操作" },
  never: "なし",
  expired: "期限切れ",
  revoke: "取り消し",
  revokeLabel: (name: string) => `${name} を取り消し`,
  confirmRevoke: (name: string) => `「${name}」を取り消しますか? このトークンを使用しているスクリプトはすぐに動作しなくなります。`,
  revoked: (name: string) => `「${name}」を取り消しました。`,
  checkFields: "強調表示されたフィールドを確認してください。",
};
