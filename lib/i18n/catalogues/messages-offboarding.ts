// messages-offboarding.ts in every language (docs/decisions/0029-languages.md).
import { offboardingMessages, reviveMessages } from "../../messages-offboarding";
import * as ja from "../../ja/messages-offboarding";
import * as ko from "../../ko/messages-offboarding";
import { catalogue } from "../catalogue";

export const offboardingCatalogue = catalogue({ offboardingMessages, reviveMessages }, ja, ko);
