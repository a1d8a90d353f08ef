import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-offboarding";
import { OFFBOARD_GRACE_DAYS } from "@/lib/offboarding";

export const offboardingMessages: Translation<typeof en.offboardingMessages> = {
  action: "オフボード",
  title: (name: string) => `${name} のオフボード`,
  intro: "オフボードすると、このクラスターのマネージド サービスが終了します。お客様がこの操作を元に戻すことはできません。",
  removedHeading: "削除されるもの",
  removed: (resourceGroup: string) => [
    `マネージド リソース グループ ${resourceGroup} とその中のすべてのリソース: Kubernetes サービス、PostgreSQL サーバーとそのデータベース、コンテナー レジストリ、ファイルとバックアップを含むストレージ アカウント、Grafana、Prometheus、Log Analytics、ネットワーク、プライベート エンドポイント。`,
    "プロバイダーによるサブスクリプションへのアクセス (マネージド アプリケーション)。",
    "このポータルでのクラスターの登録。クラスター一覧に表示されなくなります。",
    "クラスターのサポート チケット。",
  ],
  graceNote: `プロバイダー スタッフは ${OFFBOARD_GRACE_DAYS} 日以内であれば登録を復活できます。削除されたリソース内のデータは対象外です。`,
  confirmLabel: (name: string) => `確認のため ${name} と入力してください`,
  submit: "このクラスターをオフボード",
  submitting: "開始しています…",
  running: "オフボードしています…",
  done: "クラスターをオフボードしました。",
  backToList: "クラスター一覧に戻る",
  failed: "オフボードを開始できませんでした。",
  operationFailed: "オフボードに失敗しました。クラスターの登録は維持されています。もう一度お試しいただくか、サポート チケットを作成してください。",
  ownerOnly: "クラスターをオフボードできるのは組織のオーナーのみです。",
  notNow: "操作の実行中はクラスターをオフボードできません。",
  wrongName: "入力された名前がクラスター名と一致しません。",
  wrongNameField: (name: string) => `確認のため ${name} と入力してください。`,
  steps: {
    resourceGroup: "マネージド リソース グループを削除",
    access: "プロバイダーのアクセスを削除",
    tickets: "サポート チケットを削除",
    registration: "登録を削除",
  },
};

export const reviveMessages: Translation<typeof en.reviveMessages> = {
  title: "オフボードされたクラスター",
  description: `過去 ${OFFBOARD_GRACE_DAYS} 日以内にオフボードされたクラスターは復活できます。登録が戻り、クラスターの最後の設定からマネージド リソースが再作成されます。`,
  empty: "猶予期間内にオフボードされたクラスターはありません。",
  columns: { cluster: "クラスター", organization: "組織", offboardedAt: "オフボード日時", deadline: "復活期限", action: "操作" },
  purposeLabel: "目的 (顧客に表示されます)",
  revive: "復活",
  reviving: "復活しています…",
  revived: "復活しました。クラスターを再度初期化しています。",
  expired: `${OFFBOARD_GRACE_DAYS} 日間の猶予期間が終了したため、このクラスターは復活できません。`,
  notOffboarded: "復活できるのはオフボードされたクラスターのみです。",
  failed: "クラスターを復活できませんでした。",
};
