import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-languages";

export const languageMessages: Translation<typeof en.languageMessages> = {
  language: "言語",
  failed: "言語を変更できませんでした。もう一度お試しください。",
};
