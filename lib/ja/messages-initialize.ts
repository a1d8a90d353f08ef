import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-initialize";

export const PREFLIGHT_LABELS: Translation<typeof en.PREFLIGHT_LABELS> = {
  providers: "リソース プロバイダーの登録",
  vmSize: "リージョンで利用できるノードの VM サイズ",
  owner: "サブスクリプションの所有者ロール",
  entitlement: "利用資格 (試用版またはクラウド トークン)",
};

export const initializeMessages: Translation<typeof en.initializeMessages> = {
  metadataTitle: "クラスターの初期化",
  title: (cluster) => `${cluster} の初期化`,
  description: (org, region, subscriptionId) => `${org} · ${region} · サブスクリプション ${subscriptionId}`,
  notWaiting: "このクラスターは初期化待ちではありません。",
  toOverview: "クラスターの概要へ移動",
  stepsLabel: "ステップ",
  steps: { preflight: "1. 事前チェック", settings: "2. プロビジョニング オプション", review: "3. 確認" },
  preflightTitle: "事前チェック",
  preflightDescription: (region) => `${region} にある Azure サブスクリプションに対してチェックしました。`,
  runAgain: "もう一度チェックする",
  checking: "チェックしています…",
  status: { pending: "保留中", running: "実行中", done: "完了", failed: "失敗" },
  registerProviders: "プロバイダーを登録する",
  registering: "登録しています…",
  toSettings: "次へ: プロビジョニング オプション",
  settingsTitle: "プロビジョニング オプション",
  settingsDescription: "すべてのオプションに既定値があります。必要なものだけ変更してください。",
  settingsInvalid: "確認が必要なオプションがあります。各項目の横のメッセージをご覧ください。",
  back: "戻る",
  toReview: "次へ: 確認",
  reviewTitle: "確認",
  reviewDescription: "Azure での初期化には約 15 分かかります。各コンポーネントの進行状況はクラスターの概要で確認できます。",
  fixedAfterInitialization: (value) => `${value} (初期化後は変更できません)`,
  initialize: "初期化",
  starting: "開始しています…",
};

export const rerunMessages: Translation<typeof en.rerunMessages> = {
  title: (cluster) => `${cluster} の初期化を再実行`,
  description: "リコンサイラーは既存のリソースをすべて残し、残りを作成します。",
  failedTitle: "初期化に失敗しました",
  ticketHint: (reruns) =>
    reruns === 0
      ? "再実行も失敗した場合は、ログを添付したサポート チケットが自動的に作成されます。"
      : `これまでに ${reruns} 回再実行しました。今回の再実行も失敗した場合は、ログを添付したサポート チケットが自動的に作成されます。`,
  failedComponents: "失敗したコンポーネント",
  rerun: "再実行",
  starting: "再実行を開始しています…",
};
