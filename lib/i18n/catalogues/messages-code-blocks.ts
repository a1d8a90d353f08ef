// messages-code-blocks.ts in every language (docs/decisions/0029-languages.md).
import { codeBlockMessages } from "../../messages-code-blocks";
import * as ja from "../../ja/messages-code-blocks";
import * as ko from "../../ko/messages-code-blocks";
import { catalogue } from "../catalogue";

export const codeBlocksCatalogue = catalogue({ codeBlockMessages }, ja, ko);
