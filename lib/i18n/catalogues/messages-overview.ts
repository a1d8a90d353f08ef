// messages-overview.ts in every language (docs/decisions/0029-languages.md).
import { overviewMessages } from "../../messages-overview";
import * as ja from "../../ja/messages-overview";
import * as ko from "../../ko/messages-overview";
import { catalogue } from "../catalogue";

export const overviewCatalogue = catalogue({ overviewMessages }, ja, ko);
