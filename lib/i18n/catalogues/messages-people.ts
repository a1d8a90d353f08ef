// messages-people.ts in every language (docs/decisions/0029-languages.md).
import { peopleMessages, inviteMessages } from "../../messages-people";
import * as ja from "../../ja/messages-people";
import * as ko from "../../ko/messages-people";
import { catalogue } from "../catalogue";

export const peopleCatalogue = catalogue({ peopleMessages, inviteMessages }, ja, ko);
