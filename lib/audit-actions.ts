import { statusMessages } from "./messages-status";
import { actionLabel, AUDIT_ACTION_LABEL } from "./messages-activity";

/** Sign-ins and sign-outs are many and rarely what one looks for: the activity log hides them unless asked. */
export const SIGN_IN_ACTIONS: readonly string[] = ["auth.sign-in", "auth.sign-out", "auth.sign-out-everywhere"];

/** Whether the portal records (and labels) this action: the activity filter accepts no other. */
export function isKnownAction(action: string): boolean {
  return actionLabel(action, AUDIT_ACTION_LABEL, statusMessages.operationKind) !== action;
}
