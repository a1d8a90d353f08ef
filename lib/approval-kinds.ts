import type { ApprovalState } from "../generated/prisma/enums";

// What an approval request holds and which of its states are open; without zod, so the approvals
// table in the browser does not load the schema library (lib/approvals.ts has the schemas).

/** What an approval request can hold. */
export const APPROVAL_KINDS = ["environment_create", "settings_change", "scheduled_update"] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/** States in which a request is still open (shown first, counted on the overview). */
export const OPEN_APPROVAL_STATES = ["PENDING", "APPROVED", "EXECUTING"] as const satisfies readonly ApprovalState[];
