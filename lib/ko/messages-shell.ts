import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-shell";

export const shellMessages: Translation<typeof en.shellMessages> = {
  openMenu: "탐색 메뉴 열기",
  closeMenu: "탐색 메뉴 닫기",
  notifications: {
    title: "알림",
    empty: "알림이 없습니다.",
    markAllRead: "모두 읽음으로 표시",
    marking: "처리 중…",
    markFailed: "읽음으로 표시하지 못했습니다. 다시 시도하세요.",
    today: "오늘",
    yesterday: "어제",
    unread: "읽지 않음",
    ticket: (number: number) => `티켓 #${number}`,
  },
};
