// messages-backups.ts in every language (docs/decisions/0029-languages.md).
import { backupMessages } from "../../messages-backups";
import * as ja from "../../ja/messages-backups";
import * as ko from "../../ko/messages-backups";
import { catalogue } from "../catalogue";

export const backupsCatalogue = catalogue({ backupMessages }, ja, ko);
