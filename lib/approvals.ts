import { z } from "zod";
import type { ApprovalState, OrgPlan } from "../generated/prisma/enums";
import { zText } from "./text";

// The just-in-time access plan (PRODUCT.md §13): what waits for an approval, how long requests
// and approvals live, and the auto-approval windows. Shared by the pages, the API and the server.

export type { ApprovalKind } from "./approval-kinds";

const HOUR_MS = 3_600_000;
/** A pending request nobody decided lapses after this long. */
export const PENDING_TTL_MS = 24 * HOUR_MS;
/** An approval must be acted on within this long, or it lapses. */
export const APPROVAL_VALID_MS = 2 * HOUR_MS;
/** An auto-approval window lasts at least this long (PRODUCT.md §13) … */
export const MIN_WINDOW_MS = 8 * HOUR_MS;
/** … and at most this long (ours: a standing approval must end). */
export const MAX_WINDOW_MS = 31 * 24 * HOUR_MS;
/** How far ahead a window may start (ours). */
export const MAX_WINDOW_LEAD_MS = 90 * 24 * HOUR_MS;

export const ZApprovalDecision = z.object({ note: zText(500, { trim: true }).optional() }).strict();

export const ZApprovalListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ApprovalListQuery = z.infer<typeof ZApprovalListQuery>;

/** An owner's auto-approval window: ISO times, at least 8 hours long. */
export const ZApprovalWindowInput = z
  .object({
    startsAt: z.iso.datetime({ offset: true, message: "Enter the start as a date and time." }),
    endsAt: z.iso.datetime({ offset: true, message: "Enter the end as a date and time." }),
    reason: zText(200, { trim: true, min: 1 }),
  })
  .strict();

/** A request as the API answers it and the Approvals page shows it. */
export interface ApprovalDto {
  id: string;
  clusterId: string;
  kind: string;
  state: ApprovalState;
  summary: string;
  environmentId: string | null;
  requestedBy: { name: string; email: string } | null;
  requestedAt: string;
  expiresAt: string;
  dueAt: string | null;
  decidedBy: { name: string; email: string } | null;
  decidedAt: string | null;
  decisionNote: string | null;
  autoApproved: boolean;
  operationId: string | null;
  /** Why the held action could not start or failed: { code, message }. */
  failure: { code: string; message: string } | null;
}

export interface ApprovalWindowDto {
  id: string;
  startsAt: string;
  endsAt: string;
  reason: string;
  createdBy: string | null;
}

export interface ApprovalPage {
  plan: OrgPlan;
  items: ApprovalDto[];
  total: number;
  page: number;
  pageSize: number;
  windows: ApprovalWindowDto[];
}
