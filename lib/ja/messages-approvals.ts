import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-approvals";

export const PLAN_LABELS: Translation<typeof en.PLAN_LABELS> = { STANDARD: "Standard", JIT: "Just-In-Time (JIT)" };

export const APPROVAL_STATE_LABELS: Translation<typeof en.APPROVAL_STATE_LABELS> = {
  PENDING: "保留中",
  APPROVED: "承認済み",
  DENIED: "拒否済み",
  EXPIRED: "期限切れ",
  EXECUTING: "実行中",
  COMPLETE: "完了",
  FAILED: "失敗",
};

export const APPROVAL_KIND_LABELS: Translation<typeof en.APPROVAL_KIND_LABELS> = {
  environment_create: "環境の作成",
  settings_change: "設定の変更",
  scheduled_update: "スケジュールされた更新",
};

export const approvalMessages: Translation<typeof en.approvalMessages> = {
  title: "承認",
  description:
    "この組織は Just-In-Time (JIT) プランを利用しています。環境の作成、Azure ロールの割り当てが必要な設定の変更、スケジュールされた更新は、サブスクリプションの所有者または共同作成者が承認するまで待機します。要求は 24 時間で失効し、承認は 2 時間有効です。",
  standardPlan: "この組織は Standard プランを利用しています。変更はすぐに実行され、承認は不要です。",
  approverNote:
    "あなたは要求を承認または拒否できます。サブスクリプションの所有者または共同作成者ロールを持つクラスター マネージャーまたはオーナーです。",
  notApprover: (reason: string) => `要求を表示できますが、判断はできません: ${reason}`,
  tableLabel: "承認要求",
  columns: { what: "内容", state: "状態", requestedBy: "要求者", requestedAt: "要求日時", expires: "有効期限", decision: "判断", actions: "操作" },
  system: "サービス",
  autoApproved: "承認期間内のため自動承認",
  decidedBy: (name: string) => `判断者: ${name}`,
  approve: "承認",
  deny: "拒否",
  deciding: "保存しています…",
  approved: "承認しました。アクションを実行しています。",
  denied: "拒否しました。",
  operation: "進行状況",
  emptyTitle: "要求はありません",
  emptyText: "環境を作成したり、Azure ロールの割り当てが必要な設定を変更したりすると、ここに要求が表示されます。",
  pendingCount: (count: number) => `${count} 件の要求が承認待ちです`,
  openApprovals: "承認を開く",
  requested: (what: string) => `要求を送信しました: サブスクリプションの所有者または共同作成者が承認すると、「${what}」が実行されます。`,
  summaries: {
    environmentCreate: (name: string, plan: string) => `環境 ${name} (${plan}) の作成`,
    settingsChange: (keys: string[]) => `${keys.join("、")} の変更`,
    scheduledUpdate: (release: string, environment: string) => `${environment} を ${release} に更新`,
  },
  refusals: {
    expired: "この要求は期限切れです。",
    decided: (state) => `この要求はすでに「${APPROVAL_STATE_LABELS[state]}」です。`,
    notApprover: "要求を判断できるのは、サブスクリプションの所有者または共同作成者ロールを持つクラスター マネージャーまたはオーナーのみです。",
    windowOwner: "自動承認期間を定義できるのは、サブスクリプションの所有者または共同作成者ロールを持つオーナーのみです。",
  },
  windows: {
    title: "自動承認期間",
    description: "期間内の要求はすぐに承認され、自動承認として記録されます。期間は 8 時間以上です。",
    tableLabel: "自動承認期間",
    columns: { from: "開始", until: "終了", reason: "理由", by: "定義者" },
    empty: "期間はありません。",
    startsAt: "開始",
    endsAt: "終了",
    reason: "理由",
    add: "期間を追加",
    adding: "追加しています…",
    added: "期間を追加しました。",
    tooShort: "期間は 8 時間以上にしてください。",
    tooLong: "期間は 31 日以内にしてください。",
    inPast: "この期間はすでに終了しています。",
    tooFarAhead: "期間の開始は 90 日先までにしてください。",
  },
  admin: { plan: "プラン" },
};
