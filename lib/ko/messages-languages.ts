import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-languages";

export const languageMessages: Translation<typeof en.languageMessages> = {
  language: "언어",
  failed: "언어를 변경할 수 없습니다. 다시 시도하십시오.",
};
