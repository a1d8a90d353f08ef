// messages-approvals.ts in every language (docs/decisions/0029-languages.md).
import { PLAN_LABELS, APPROVAL_STATE_LABELS, APPROVAL_KIND_LABELS, approvalMessages } from "../../messages-approvals";
import * as ja from "../../ja/messages-approvals";
import * as ko from "../../ko/messages-approvals";
import { catalogue } from "../catalogue";

export const approvalsCatalogue = catalogue({ PLAN_LABELS, APPROVAL_STATE_LABELS, APPROVAL_KIND_LABELS, approvalMessages }, ja, ko);
