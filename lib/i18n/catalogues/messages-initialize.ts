// messages-initialize.ts in every language (docs/decisions/0029-languages.md).
import { initializeMessages, PREFLIGHT_LABELS, preflightMessages, rerunMessages } from "../../messages-initialize";
import * as ja from "../../ja/messages-initialize";
import * as ko from "../../ko/messages-initialize";
import { catalogue } from "../catalogue";

export const initializeCatalogue = catalogue({ PREFLIGHT_LABELS, preflightMessages, initializeMessages, rerunMessages }, ja, ko);
