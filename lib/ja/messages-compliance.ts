import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-compliance";

export const complianceMessages: Translation<typeof en.complianceMessages> = {
  title: "コンプライアンス",
  description: "サービスが Azure Policy でチェックする SOC 2 コントロールと、Azure 上のこのクラスターの現在の状態、および文書化された例外です。",
  controlsHeading: "SOC 2 コントロール",
  exceptionsHeading: "文書化された例外",
  exceptionsHint: "サービスが設計上受け入れている逸脱です。失敗ではありません。",
  columns: { service: "サービス", policy: "Azure Policy", expected: "期待値", state: "現在の状態", observed: "Azure の応答", rationale: "根拠" },
  states: { compliant: "準拠", "non-compliant": "非準拠", unknown: "見つかりません", unchecked: "未チェック" },
  accepted: "承認済みの例外",
  checkedAt: (when: string) => `チェック日時: ${when}`,
  neverChecked: "まだチェックされていません。チェックを実行して Azure から現在の状態を読み取ってください。",
  recheck: "再チェック",
  rechecking: "チェックしています…",
  recheckFailed: "チェックを実行できませんでした。",
  summary: (compliant: number, total: number) => `${total} 件中 ${compliant} 件のコントロールが準拠`,
  notInitialized: "コンプライアンスはクラスターの初期化後にチェックされます。",
  step: "Azure から現在の状態を読み取る",
};
