// messages-support.ts in every language (docs/decisions/0029-languages.md).
import { CUSTOMER_STATUS_LABEL, RESPONSE_TARGET_LABEL, SEVERITY_LABEL, supportMessages } from "../../messages-support";
import * as ja from "../../ja/messages-support";
import * as ko from "../../ko/messages-support";
import { catalogue } from "../catalogue";

export const supportCatalogue = catalogue({ CUSTOMER_STATUS_LABEL, RESPONSE_TARGET_LABEL, SEVERITY_LABEL, supportMessages }, ja, ko);
