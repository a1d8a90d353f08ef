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

export const preflightMessages: Translation<typeof en.preflightMessages> = {
  providersDone: (count) => `${count} 個のリソース プロバイダーがすべて登録されています。`,
  providersMissing: (missing) => `未登録: ${missing}。`,
  providersRegistering: (missing, registering) => `未登録: ${missing} (登録中: ${registering}。数分かかります)。`,
  providersFix: (namespace) => `登録するには: az provider register --namespace ${namespace}`,
  vmSizeOffered: (size, location) => `${size} は ${location} で提供されています。`,
  vmSizeRestricted: (size, location, reason) => `${size} はこのサブスクリプションでは ${location} で制限されています (${reason})。`,
  vmSizeNotOffered: (size, location) => `${size} は ${location} で提供されていません。`,
  vmSizeFix: (examples) => `別のノード VM サイズ (例: ${examples}) を選択するか、Microsoft サポートに制限の解除を依頼してください。`,
  vmSizeFixNone: "このリージョンの VM サイズへのアクセスを Microsoft サポートに依頼してください。",
  ownerUnlinked: "ポータルのアカウントが Microsoft Entra ID にリンクされていません。",
  ownerUnlinkedFix: "サブスクリプションを所有する Microsoft Entra アカウントでサインインするか、サブスクリプションの所有者にクラスターの初期化を依頼してください。",
  ownerDone: "サブスクリプションの所有者ロールを保持しています。",
  ownerMissing: "サブスクリプションの所有者ロールを保持していません。",
  ownerFix: (command) => `サブスクリプションの所有者に次のコマンドの実行を依頼してください: ${command}`,
  trialActive: (until) => `試用版は ${until} まで有効です。`,
  tokensEnough: (tokens, needed, perEnvironment, environments) =>
    `クラウド トークン ${tokens} 個、必要数 ${needed} 個 (環境ごとに ${perEnvironment} 個: 組織の既存の ${environments} 環境 + このクラスターの最初の環境)。`,
  tokensShort: (tokens, needed, perEnvironment, environments) =>
    `クラウド トークン ${tokens} 個、必要数 ${needed} 個 (環境ごとに ${perEnvironment} 個: 実行中の ${environments} 環境 + このクラスターの最初の環境)。`,
  tokensShortTrialEnded: (tokens, needed, perEnvironment, environments) =>
    `クラウド トークン ${tokens} 個、必要数 ${needed} 個 (環境ごとに ${perEnvironment} 個: 実行中の ${environments} 環境 + このクラスターの最初の環境)。試用版は終了しています。`,
  tokensFix: "クラウド トークンを追加購入するか試用版を開始してから、もう一度チェックしてください。",
  azureFailed: (code, message) => `Azure の応答 ${code}: ${message}`,
  azureFailedFix: "ポータルがサブスクリプションを読み取れることを確認してから、もう一度チェックしてください。",
};
