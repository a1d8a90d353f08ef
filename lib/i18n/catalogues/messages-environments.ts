// messages-environments.ts in every language (docs/decisions/0029-languages.md).
import { environmentMessages } from "../../messages-environments";
import * as ja from "../../ja/messages-environments";
import * as ko from "../../ko/messages-environments";
import { catalogue } from "../catalogue";

export const environmentsCatalogue = catalogue({ environmentMessages }, ja, ko);
