import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-bell";

export const bellMessages: Translation<typeof en.bellMessages> = {
  label: (unread: number) => (unread > 0 ? `알림, 읽지 않음 ${unread}개` : "알림"),
};
