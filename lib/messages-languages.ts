// The language choice in the user menu. Each language's own name is in lib/i18n/locales.ts (LOCALE_NAMES).
export const languageMessages = {
  language: "Language",
  failed: "The language could not be changed. Try again.",
};
