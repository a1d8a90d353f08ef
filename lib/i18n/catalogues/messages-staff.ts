// messages-staff.ts in every language (docs/decisions/0029-languages.md).
import { STAFF_STATUS_LABEL, staffMessages } from "../../messages-staff";
import * as ja from "../../ja/messages-staff";
import * as ko from "../../ko/messages-staff";
import { catalogue } from "../catalogue";

export const staffCatalogue = catalogue({ STAFF_STATUS_LABEL, staffMessages }, ja, ko);
