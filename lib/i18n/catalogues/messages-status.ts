// messages-status.ts in every language (docs/decisions/0029-languages.md).
import { statusMessages } from "../../messages-status";
import * as ja from "../../ja/messages-status";
import * as ko from "../../ko/messages-status";
import { catalogue } from "../catalogue";

export const statusCatalogue = catalogue({ statusMessages }, ja, ko);
