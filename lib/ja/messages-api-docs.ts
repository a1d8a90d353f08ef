import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-api-docs";

export const apiDocsMessages: Translation<typeof en.apiDocsMessages> = {
  title: "API リファレンス",
  description: "ポータルの REST API のすべてのルート。各ルートが検証に使用するスキーマから生成されています。",
  download: "openapi.json をダウンロード",
  tokens: "アクセス トークン",
  contents: "目次",
  parameters: "パラメーター",
  requestBody: "要求本文",
  responses: "応答",
  required: "必須",
  optional: "省略可能",
  scope: (scope: string) => `トークンのスコープ: ${scope}`,
  columns: { name: "名前", in: "場所", schema: "スキーマ" },
};
