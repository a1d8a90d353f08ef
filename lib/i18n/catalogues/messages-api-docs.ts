// messages-api-docs.ts in every language (docs/decisions/0029-languages.md).
import { apiDocsMessages } from "../../messages-api-docs";
import * as ja from "../../ja/messages-api-docs";
import * as ko from "../../ko/messages-api-docs";
import { catalogue } from "../catalogue";

export const apiDocsCatalogue = catalogue({ apiDocsMessages }, ja, ko);
