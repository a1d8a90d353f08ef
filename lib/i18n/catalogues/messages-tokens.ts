// messages-tokens.ts in every language (docs/decisions/0029-languages.md).
import { tokenMessages } from "../../messages-tokens";
import * as ja from "../../ja/messages-tokens";
import * as ko from "../../ko/messages-tokens";
import { catalogue } from "../catalogue";

export const tokensCatalogue = catalogue({ tokenMessages }, ja, ko);
