// messages-settings-page.ts in every language (docs/decisions/0029-languages.md).
import { settingsPageMessages, settingsPolicyMessages } from "../../messages-settings-page";
import * as ja from "../../ja/messages-settings-page";
import * as ko from "../../ko/messages-settings-page";
import { catalogue } from "../catalogue";

export const settingsPageCatalogue = catalogue({ settingsPageMessages, settingsPolicyMessages }, ja, ko);
