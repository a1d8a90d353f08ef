// messages-connections.ts in every language (docs/decisions/0029-languages.md).
import { connectionMessages } from "../../messages-connections";
import * as ja from "../../ja/messages-connections";
import * as ko from "../../ko/messages-connections";
import { catalogue } from "../catalogue";

export const connectionsCatalogue = catalogue({ connectionMessages }, ja, ko);
