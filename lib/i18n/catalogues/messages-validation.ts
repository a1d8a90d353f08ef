// messages-validation.ts in every language (docs/decisions/0029-languages.md).
import { validationMessages } from "../../messages-validation";
import * as ja from "../../ja/messages-validation";
import * as ko from "../../ko/messages-validation";
import { catalogue } from "../catalogue";

export const validationCatalogue = catalogue({ validationMessages }, ja, ko);
