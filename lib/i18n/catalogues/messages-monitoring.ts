// messages-monitoring.ts in every language (docs/decisions/0029-languages.md).
import { monitoringMessages } from "../../messages-monitoring";
import * as ja from "../../ja/messages-monitoring";
import * as ko from "../../ko/messages-monitoring";
import { catalogue } from "../catalogue";

export const monitoringCatalogue = catalogue({ monitoringMessages }, ja, ko);
