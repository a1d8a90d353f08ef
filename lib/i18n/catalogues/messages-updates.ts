// messages-updates.ts in every language (docs/decisions/0029-languages.md).
import { RELEASE_KIND_LABELS, COMPONENT_LABELS, UPDATE_STATUS_LABELS, UPDATE_STEPS, updateNotices, updatesMessages } from "../../messages-updates";
import * as ja from "../../ja/messages-updates";
import * as ko from "../../ko/messages-updates";
import { catalogue } from "../catalogue";

export const updatesCatalogue = catalogue({ RELEASE_KIND_LABELS, COMPONENT_LABELS, UPDATE_STATUS_LABELS, UPDATE_STEPS, updateNotices, updatesMessages }, ja, ko);
