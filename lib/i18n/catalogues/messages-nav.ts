// messages-nav.ts in every language (docs/decisions/0029-languages.md).
import { navMessages } from "../../messages-nav";
import * as ja from "../../ja/messages-nav";
import * as ko from "../../ko/messages-nav";
import { catalogue } from "../catalogue";

export const navCatalogue = catalogue({ navMessages }, ja, ko);
