import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-backups";

export const backupMessages: Translation<typeof en.backupMessages> = {
  title: "バックアップ",
  intro: "環境のデータベースとファイルのスナップショット (Mendix アーカイブ形式)。",
  environment: "環境",
  noEnvironments: "このクラスターにはまだ環境がありません。",
  noSnapshots: "スナップショットはまだありません。",
  kind: { NIGHTLY: "毎晩", WEEKLY: "毎週", MONTHLY: "毎月", MANUAL: "オンデマンド", UPLOADED: "アップロード" },
  status: { PROCESSING: "処理中", FINISHED: "完了", FAILED: "失敗" },
  columns: {
    status: "状態",
    id: "ID",
    createdAt: "作成日時",
    kind: "種類",
    version: "パッケージ / モデル",
    comment: "コメント",
    size: "サイズ",
    expires: "有効期限",
    verified: "検証",
  },
  notVerified: "未検証",
  drillFailed: "復元テスト失敗",
  actions: {
    create: "スナップショットを作成",
    comment: "コメント (省略可能)",
    upload: "スナップショットをアップロード",
    uploadFile: "スナップショット アーカイブ (.tar.gz)",
    uploadHint: "Mendix スナップショット形式の .tar.gz ファイル。復元できるようになる前にチェックされます。",
    download: "ダウンロード",
    link: "ダウンロード リンクを取得",
    linkReady: "1 時間有効なリンク:",
    restore: "復元",
    drill: "検証 (復元テスト)",
    delete: "削除",
  },
  restoreConfirm: {
    title: "このスナップショットを復元しますか?",
    body: "環境のデータベースとファイルがスナップショットの内容に置き換えられます。現在のデータは 7 日間保持されます。",
    versionWarning: (snapshot: string, environment: string) =>
      `スナップショットのモデル バージョンは ${snapshot || "不明"}、環境のモデル バージョンは ${environment || "不明"} です。対応するパッケージをデプロイするまで、このデータではアプリが起動しない可能性があります。`,
    confirm: "復元",
    cancel: "キャンセル",
  },
  deleteConfirm: "このスナップショットを削除しますか? この操作は元に戻せません。",
  readOnly: "スナップショットを表示できます。作成、アップロード、復元はマネージャーとオーナーが行います。",
  chartTitle: "スナップショットのサイズ",
  chartEmpty: "スナップショットが完了すると、ここにサイズが表示されます。",
  started: "開始しました。進行状況は下に表示されます。",
  errors: {
    uploadType: ".tar.gz ファイルを選択してください。",
  },
};
