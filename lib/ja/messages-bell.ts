import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-bell";

export const bellMessages: Translation<typeof en.bellMessages> = {
  label: (unread: number) => (unread > 0 ? `通知 (未読 ${unread} 件)` : "通知"),
};
