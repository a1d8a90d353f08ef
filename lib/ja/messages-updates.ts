import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-updates";

export const RELEASE_KIND_LABELS: Translation<typeof en.RELEASE_KIND_LABELS> = {
  QUARTERLY: "四半期",
  WEEKLY: "週次ノード イメージ",
  EMERGENCY: "緊急",
};

export const COMPONENT_LABELS: Translation<typeof en.COMPONENT_LABELS> = {
  kubernetes: "Kubernetes",
  nodeImage: "ノード イメージ",
  operator: "Mendix Operator",
  agent: "Mendix Agent",
  grafana: "Grafana",
};

export const UPDATE_STATUS_LABELS: Translation<typeof en.UPDATE_STATUS_LABELS> = {
  SCHEDULED: "スケジュール済み",
  IN_PROGRESS: "実行中",
  SUCCEEDED: "完了",
  FAILED: "失敗",
  SKIPPED: "スキップ",
};

export const UPDATE_STEPS: Translation<typeof en.UPDATE_STEPS> = {
  window: "メンテナンス期間",
  kubernetes: "Kubernetes バージョン",
  nodeImage: "ノード イメージ",
  inCluster: "Mendix Operator と Agent",
  grafana: "Grafana",
};

export const updateNotices: Translation<typeof en.updateNotices> = {
  upcoming: (cluster: string, release: string, when: string) =>
    `${cluster} は、${when} (UTC) に始まるメンテナンス期間にリリース ${release} に更新されます。`,
  emergency: (cluster: string, release: string) =>
    `${cluster} に緊急リリース ${release} を今すぐ適用します。緊急更新はメンテナンス期間を待たずに実行されます。`,
  succeeded: (cluster: string, release: string) => `${cluster} をリリース ${release} に更新しました。`,
  failed: (cluster: string, release: string, reason: string) =>
    `${cluster} のリリース ${release} への更新に失敗しました: ${reason}。プロバイダーに通知済みで、再試行されます。`,
  notApproved: (environments: string[]) =>
    `JIT プランでは、すべての環境の更新に承認が必要です。未承認: ${environments.join("、")}。`,
};

export const updatesMessages: Translation<typeof en.updatesMessages> = {
  title: "更新",
  description: "このクラスターのサービス更新: スケジュールされている更新、そのメンテナンス期間、およびこれまでの実行履歴。",
  cadence:
    "プロバイダーはすべてのクラスターを決まった周期で更新します。全コンポーネントは四半期ごと、ノード イメージは毎週、緊急の修正は直ちに適用されます。周期とメンテナンス期間は顧客が変更することはできません。",
  windowTitle: "メンテナンス期間",
  windowValue: (utc: string) => `毎週 ${utc} UTC`,
  nextWindow: "次回の期間",
  nextWindowHint: (zone: string) => `組織のタイム ゾーン (${zone}) で表示しています。`,
  scheduledTitle: "スケジュール済み",
  scheduledEmpty: "このクラスターにスケジュールされた更新はありません。",
  emergencyNow: "緊急: メンテナンス期間を待たずに今すぐ実行",
  historyTitle: "履歴",
  historyEmpty: "このクラスターではまだ更新が実行されていません。",
  columns: {
    release: "リリース",
    kind: "種類",
    when: "日時",
    changes: "変更内容",
    status: "状態",
    cluster: "クラスター",
    wave: "ウェーブ",
    error: "詳細",
  },
  noChange: "すでにこれらのバージョンです",
  fromTo: (from: string | null, to: string) => `${from ?? "—"} → ${to}`,
  admin: {
    title: "リリース",
    link: "リリース",
    description: "マネージド コンポーネントのリリースを公開し、各クラスターのメンテナンス期間でウェーブごとに進むロールアウトを追跡します。",
    publishTitle: "リリースを公開",
    version: "リリース",
    versionHint: "例: 2027.Q1、2026-W50。",
    kind: "種類",
    purpose: "目的",
    purposeHint: "緊急リリースでは必須です。顧客に表示されます。",
    notes: "メモ",
    componentsTitle: "コンポーネントのバージョン",
    componentsHint: "変更しないコンポーネントは空欄のままにします。週次リリースで変更されるのはノード イメージのみです。",
    firstWave: "第 1 ウェーブ",
    firstWaveHint: "最初に更新されるクラスターです。残りのクラスターは、第 1 ウェーブの完了後に各自のメンテナンス期間で更新されます。",
    publish: "公開",
    published: "公開しました。更新がスケジュールされています。",
    rolloutsTitle: "ロールアウト",
    rolloutsEmpty: "まだリリースは公開されていません。",
    pause: "一時停止",
    resume: "再開",
    paused: "一時停止中",
    rollingOut: "ロールアウト中",
    completed: "完了",
    publishedAt: (when: string) => `公開日時: ${when}`,
    counts: "クラスター別",
    moreClusters: (count: number) => `ほか ${count} 個`,
  },
};
