import type { core, ZodError } from "zod";
import { textsIn } from "./i18n/catalogue";
import { settingsCatalogue } from "./i18n/catalogues/messages-settings";
import { validationCatalogue } from "./i18n/catalogues/messages-validation";
import type { Locale } from "./i18n/locales";
import type { SettingKey } from "./settings-api";
import { issueMessage, type ValidationTexts } from "./validation-issues";

// The errors of cluster settings in words, the same for the settings form, the initialization
// wizard and the API's 400 answers (decision 0035): "<setting's name>: <rule>".

/** The texts a settings error is worded in: the rules and the settings' names, in one language. */
export interface SettingsErrorTexts {
  validation: ValidationTexts;
  labels: Readonly<Record<SettingKey, string>>;
}

export function settingsErrorTexts(locale: Locale): SettingsErrorTexts {
  return { validation: textsIn(validationCatalogue, locale).validationMessages, labels: textsIn(settingsCatalogue, locale).SETTING_LABELS };
}

export function settingsErrorMessage(issue: core.$ZodIssue, texts: SettingsErrorTexts): string {
  return issueMessage(issue, texts.validation, (key) => texts.labels[key as SettingKey]);
}

/** The `fields` of an API error about settings: the messages per path ("tags.costCenter"; "_" for the whole body). */
export function settingsErrorFields(error: ZodError, texts: SettingsErrorTexts): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.join(".") || "_"] ??= []).push(settingsErrorMessage(issue, texts));
  return fields;
}
