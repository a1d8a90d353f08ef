import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-connections";

export const connectionMessages: Translation<typeof en.connectionMessages> = {
  title: "Azure 接続",
  description: (org: string) => `${org} の Azure サブスクリプション。ポータルはここから Mendix on Azure マネージド アプリケーションを検索します。`,
  connectHeading: "サブスクリプションを接続",
  connectIntro:
    "ポータルはサブスクリプション内の Mendix on Azure マネージド アプリケーションを読み取り、それぞれを初期化の準備ができたクラスターとして一覧表示します。ポータルの ID には、サブスクリプションの閲覧者ロールが必要です。",
  tenantLabel: "テナント ID",
  subscriptionLabel: "サブスクリプション ID",
  displayNameLabel: "表示名",
  guidHint: "00000000-0000-0000-0000-000000000000 のような GUID。",
  connect: "接続",
  connecting: "接続しています…",
  connected: "サブスクリプションを接続しました。",
  empty: "接続されているサブスクリプションはまだありません。",
  tenant: "テナント",
  subscription: "サブスクリプション",
  lastScanned: "最終スキャン",
  neverScanned: "未スキャン",
  clustersHeading: "見つかったクラスター",
  noClusters: "このサブスクリプションには Mendix on Azure マネージド アプリケーションが見つかりませんでした。",
  moreClusters: (shown: number, total: number) => `${total} 個中 ${shown} 個のクラスターを表示しています。すべてのクラスターはクラスター一覧で確認できます。`,
  columns: { name: "クラスター", region: "リージョン", resourceGroup: "マネージド リソース グループ", status: "状態" },
  removedBadge: "Azure から削除済み",
  removedHint: (when: string) =>
    `${when} にマネージド アプリケーションが見つかりませんでした。クラスターは、接続を切断するか、アプリケーションが再び見つかるまで残ります。`,
  rescan: "再スキャン",
  rescanning: "再スキャンしています…",
  rescanned: "再スキャンが完了しました。",
  disconnect: "切断",
  disconnectConfirm: "このサブスクリプションを切断しますか? 一度も初期化されていないクラスターはポータルから削除されます。",
  confirmDisconnect: "はい、切断します",
  cancel: "キャンセル",
  disconnecting: "切断しています…",
  disconnected: "サブスクリプションを切断しました。",
  failed: "要求を送信できませんでした。",
  operationFailed: "操作に失敗しました。",
  ownerOnly: "Azure 接続を管理できるのは組織のオーナーのみです。",
  duplicate: "このサブスクリプションはすでにこの組織に接続されています。",
  connectedElsewhere: "このサブスクリプションはすでにポータルの別の組織に接続されています。",
  busy: "この接続では別の操作が実行中です。完了するまでお待ちください。",
  inUse: (clusters: string[]) =>
    `このサブスクリプションのクラスターが初期化済みまたは使用中のため、切断できません (${clusters.join("、")})。先にそれらのクラスターをオフボードしてください。`,
  wrongTenant: (actual: string, given: string) =>
    `このサブスクリプションは ${given} ではなくテナント ${actual} に属しています。テナント ID を確認してください。`,
  notFound:
    "Azure がこのサブスクリプションを認識していないか、ポータルの ID から参照できません。ポータルの ID にサブスクリプションの閲覧者ロールを割り当ててください。",
  noReader:
    "ポータルの ID はサブスクリプションのマネージド アプリケーションを一覧表示できません。サブスクリプションの閲覧者ロールを割り当ててください。",
  steps: {
    register: "接続を登録",
    tenant: "サブスクリプションを確認",
    discover: "マネージド アプリケーションを検索",
    remove: "一度も初期化されていないクラスターを削除",
    disconnect: "接続を削除",
  },
};
