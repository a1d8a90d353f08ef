// messages-languages.ts in every language (docs/decisions/0029-languages.md).
import { languageMessages } from "../../messages-languages";
import * as ja from "../../ja/messages-languages";
import * as ko from "../../ko/messages-languages";
import { catalogue } from "../catalogue";

export const languagesCatalogue = catalogue({ languageMessages }, ja, ko);
