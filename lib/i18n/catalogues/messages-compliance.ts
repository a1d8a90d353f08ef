// messages-compliance.ts in every language (docs/decisions/0029-languages.md).
import { complianceMessages } from "../../messages-compliance";
import * as ja from "../../ja/messages-compliance";
import * as ko from "../../ko/messages-compliance";
import { catalogue } from "../catalogue";

export const complianceCatalogue = catalogue({ complianceMessages }, ja, ko);
