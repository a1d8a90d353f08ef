// messages-activity.ts in every language (docs/decisions/0029-languages.md).
import { AUDIT_ACTION_LABEL, activityMessages } from "../../messages-activity";
import * as ja from "../../ja/messages-activity";
import * as ko from "../../ko/messages-activity";
import { catalogue } from "../catalogue";

export const activityCatalogue = catalogue({ AUDIT_ACTION_LABEL, activityMessages }, ja, ko);
