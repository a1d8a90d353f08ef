// messages-operations.ts in every language (docs/decisions/0029-languages.md).
import { operationMessages } from "../../messages-operations";
import * as ja from "../../ja/messages-operations";
import * as ko from "../../ko/messages-operations";
import { catalogue } from "../catalogue";

export const operationsCatalogue = catalogue({ operationMessages }, ja, ko);
