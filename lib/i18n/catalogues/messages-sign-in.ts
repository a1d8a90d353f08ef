// messages-sign-in.ts in every language (docs/decisions/0029-languages.md).
import { signInMessages } from "../../messages-sign-in";
import * as ja from "../../ja/messages-sign-in";
import * as ko from "../../ko/messages-sign-in";
import { catalogue } from "../catalogue";

export const signInCatalogue = catalogue({ signInMessages }, ja, ko);
