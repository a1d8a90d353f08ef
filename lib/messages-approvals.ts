import type { ApprovalState, OrgPlan } from "../generated/prisma/enums";
import type { ApprovalKind } from "./approvals";

// Texts of the just-in-time plan: the Approvals page, the plan on the overview and in the admin
// area, and the refusals of the approvals API (their client components import this module alone).

export const PLAN_LABELS: Record<OrgPlan, string> = { STANDARD: "Standard", JIT: "Just-in-time (JIT)" };

export const APPROVAL_STATE_LABELS: Record<ApprovalState, string> = {
  PENDING: "Pending",
  APPROVED: "Approved",
  DENIED: "Denied",
  EXPIRED: "Expired",
  EXECUTING: "Executing",
  COMPLETE: "Complete",
  FAILED: "Failed",
};

export const APPROVAL_KIND_LABELS: Record<ApprovalKind, string> = {
  environment_create: "Create environment",
  settings_change: "Settings change",
  scheduled_update: "Scheduled update",
};

export const approvalMessages = {
  title: "Approvals",
  description:
    "This organisation is on the just-in-time (JIT) plan: creating environments, settings changes that need Azure role assignments and scheduled updates wait until an Owner or Contributor of the subscription approves them. A request lapses after 24 hours; an approval is valid for 2 hours.",
  standardPlan: "This organisation is on the Standard plan: changes run at once, no approvals are needed.",
  approverNote: "You may approve or deny requests: you are a cluster manager or owner with Owner or Contributor on the subscription.",
  notApprover: (reason: string) => `You can see the requests, but not decide them: ${reason}`,
  tableLabel: "Approval requests",
  columns: { what: "What", state: "State", requestedBy: "Requested by", requestedAt: "Requested", expires: "Expires", decision: "Decision", actions: "Actions" },
  system: "The service",
  autoApproved: "Approved automatically in a window",
  decidedBy: (name: string) => `by ${name}`,
  approve: "Approve",
  deny: "Deny",
  deciding: "Saving…",
  approved: "Approved: the action is running.",
  denied: "Denied.",
  operation: "Progress",
  emptyTitle: "No requests",
  emptyText: "Requests appear here when someone creates an environment or changes a setting that needs Azure role assignments.",
  pendingCount: (count: number) => (count === 1 ? "1 request waits for approval" : `${count} requests wait for approval`),
  openApprovals: "Open approvals",
  requested: (what: string) => `Request sent: ${what} runs once an Owner or Contributor of the subscription approves it.`,
  summaries: {
    environmentCreate: (name: string, plan: string) => `Create environment ${name} (${plan})`,
    settingsChange: (keys: string[]) => `Change ${keys.join(", ")}`,
    scheduledUpdate: (release: string, environment: string) => `Update ${environment} to ${release}`,
  },
  refusals: {
    expired: "This request has expired.",
    decided: (state: ApprovalState) => `This request is already ${APPROVAL_STATE_LABELS[state].toLowerCase()}.`,
    notApprover: "Only a cluster manager or owner with Owner or Contributor on the subscription may decide requests.",
    windowOwner: "Only an owner with Owner or Contributor on the subscription may define auto-approval windows.",
  },
  windows: {
    title: "Auto-approval windows",
    description: "Requests made inside a window are approved at once and recorded as approved automatically. A window lasts at least 8 hours.",
    tableLabel: "Auto-approval windows",
    columns: { from: "From", until: "Until", reason: "Reason", by: "Defined by" },
    empty: "No windows.",
    startsAt: "From",
    endsAt: "Until",
    reason: "Reason",
    add: "Add window",
    adding: "Adding…",
    added: "Window added.",
    tooShort: "A window lasts at least 8 hours.",
    tooLong: "A window lasts at most 31 days.",
    inPast: "The window has already ended.",
    tooFarAhead: "A window starts at most 90 days ahead.",
  },
  admin: { plan: "Plan" },
} as const;
