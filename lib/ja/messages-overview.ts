import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-overview";

export const overviewMessages: Translation<typeof en.overviewMessages> = {
  failed: {
    title: "初期化に失敗しました",
    cause: "原因",
    ownerNext: "原因がお客様側 (クォータなど) にある場合は Azure で解消してから、初期化を再実行してください。再実行も失敗した場合は、ログ付きのチケットが自動で作成されます。",
    managerNext: "初期化を再実行できるのは組織のオーナーのみです。チケットを作成すると、サポートが最新のログをもとに調査します。",
    components: "コンポーネント",
    notCreated: (at) => `未作成: 初期化は ${at} で停止しました。`,
    openTicket: "チケットを作成",
    ticketHeading: "この失敗についてチケットを作成",
    subject: "件名",
    description: "説明",
    severity: "重大度",
    send: "チケットを作成",
    sending: "作成中…",
    cancel: "キャンセル",
    subjectText: (cluster) => `${cluster} の初期化に失敗しました`,
    descriptionText: (cluster, cause, components) =>
      [`${cluster} の初期化に失敗しました。`, `原因: ${cause}`, components.length ? `失敗したコンポーネント:\n${components.map((line) => `- ${line}`).join("\n")}` : ""].filter(Boolean).join("\n\n"),
    checkFields: "強調表示された項目を確認してください。",
    unreachable: "ポータルに接続できませんでした。もう一度お試しください。",
  },
  settingsNotApplied: "未適用",
  details: {
    title: "クラスターの詳細",
    loadBalancer: "ロード バランサー",
    loadBalancerExposure: { public: "パブリック", internal: "内部" },
    plan: "プラン",
    plans: { STANDARD: "Standard", JIT: "Just-in-time (JIT)" },
    nodeVmSize: "ノードの VM サイズ",
    postgresCompute: "PostgreSQL のコンピューティング サイズ",
    resourceGroup: "管理対象リソース グループ",
    notYet: "未割り当て",
  },
  chart: {
    title: "週ごとの操作",
    description: (weeks) => `直近 ${weeks} 週間にこのクラスターで行われた操作 (週別・結果別)。`,
    empty: "この期間の操作はありません。",
    week: "週の開始日",
    succeeded: "成功",
    failed: "失敗",
    total: "合計",
    showTable: "表で表示",
    summary: (total, failed) => `操作 ${total} 件、失敗 ${failed} 件`,
  },
};
