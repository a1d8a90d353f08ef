import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-shell";

export const shellMessages: Translation<typeof en.shellMessages> = {
  openMenu: "ナビゲーションを開く",
  closeMenu: "ナビゲーションを閉じる",
  notifications: {
    title: "通知",
    empty: "通知はありません。",
    markAllRead: "すべて既読にする",
    marking: "処理中…",
    markFailed: "既読にできませんでした。もう一度お試しください。",
    today: "今日",
    yesterday: "昨日",
    unread: "未読",
    ticket: (number: number) => `チケット #${number}`,
  },
};
