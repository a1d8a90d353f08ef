import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-code-blocks";

export const codeBlockMessages: Translation<typeof en.codeBlockMessages> = {
  code: "코드",
  ticketLogs: "최근 로그(JSON)",
};
