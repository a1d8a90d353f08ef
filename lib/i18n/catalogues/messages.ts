// messages.ts in every language (docs/decisions/0029-languages.md).
import { messages } from "../../messages";
import * as ja from "../../ja/messages";
import * as ko from "../../ko/messages";
import { catalogue } from "../catalogue";

export const messagesCatalogue = catalogue({ messages }, ja, ko);
