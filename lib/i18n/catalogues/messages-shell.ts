// messages-shell.ts in every language (docs/decisions/0029-languages.md).
import { shellMessages } from "../../messages-shell";
import * as ja from "../../ja/messages-shell";
import * as ko from "../../ko/messages-shell";
import { catalogue } from "../catalogue";

export const shellCatalogue = catalogue({ shellMessages }, ja, ko);
