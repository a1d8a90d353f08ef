// messages-bell.ts in every language (docs/decisions/0029-languages.md).
import { bellMessages } from "../../messages-bell";
import * as ja from "../../ja/messages-bell";
import * as ko from "../../ko/messages-bell";
import { catalogue } from "../catalogue";

export const bellCatalogue = catalogue({ bellMessages }, ja, ko);
