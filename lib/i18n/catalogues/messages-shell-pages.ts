// messages-shell-pages.ts in every language (docs/decisions/0029-languages.md).
import { adminOrgMessages, notFoundMessages } from "../../messages-shell-pages";
import * as ja from "../../ja/messages-shell-pages";
import * as ko from "../../ko/messages-shell-pages";
import { catalogue } from "../catalogue";

export const shellPagesCatalogue = catalogue({ notFoundMessages, adminOrgMessages }, ja, ko);
