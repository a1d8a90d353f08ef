import type { TicketStatus } from "../generated/prisma/enums";

// Texts of the staff pages (queue, ticket work, diagnostics), in the words support staff use.

/** Ticket statuses in staff words: what the ticket waits for. */
export const STAFF_STATUS_LABEL: Record<TicketStatus, string> = {
  OPEN: "Open",
  ON_HOLD: "On hold",
  AWAITING_REPLY: "Waiting for customer",
  SOLVED: "Solved",
  CLOSED: "Closed",
};

export interface DurationUnits {
  days: (count: number) => string;
  hours: (count: number) => string;
  minutes: (count: number) => string;
}

/** "2 d 3 h", "3 h 20 min", "45 min": the largest two units, in the given language's units. */
export function formatMinutes(total: number, units: DurationUnits): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (days > 0) return hours ? `${units.days(days)} ${units.hours(hours)}` : units.days(days);
  if (hours > 0) return minutes ? `${units.hours(hours)} ${units.minutes(minutes)}` : units.hours(hours);
  return units.minutes(minutes);
}

export const staffMessages = {
  queueTitle: "Support queue",
  queueDescription: "Tickets of all organisations, the earliest first-response due time first.",
  status: "Status",
  severity: "Severity",
  organisation: "Organisation",
  any: "Any",
  breachedOnly: "Breached only",
  filter: "Filter",
  queueEmpty: "The queue is empty",
  queueEmptyBody: "No tickets match these filters.",
  units: {
    days: (count: number) => `${count} d`,
    hours: (count: number) => `${count} h`,
    minutes: (count: number) => `${count} min`,
  },
  sla: {
    none: "No target",
    met: "Met",
    dueIn: (time: string) => `Due in ${time}`,
    overdue: (time: string) => `Overdue by ${time}`,
  },
  work: {
    title: "Work this ticket",
    assignToMe: "Assign to me",
    unassign: "Unassign",
    assignedToYou: "Assigned to you",
    assignedTo: (name: string) => `Assigned to ${name}`,
    unassigned: "Nobody is assigned.",
    changeStatus: "Change status",
    choose: "Choose…",
    updateStatus: "Update status",
    noAccess: "The customer has not allowed direct environment access: work from the ticket and its attachments.",
  },
  diagnostics: {
    pageTitle: "Cluster diagnostics",
    readOnlyFor: (number: number) => `Read-only diagnostics for ticket #${number}`,
    recorded: (org: string, purpose: string) => `This access is recorded in ${org}'s activity log with the purpose “${purpose}”.`,
    backToTicket: "Back to the ticket",
    versions: "Versions",
    kubernetes: "Kubernetes",
    nodeImage: "Node image",
    operator: "Operator",
    agent: "Agent",
    grafana: "Grafana",
    lastError: "Last error",
    components: "Components",
    component: "Component",
    name: "Name",
    state: "State",
    version: "Version",
    error: "Error",
    operations: "Recent operations",
    operation: "Operation",
    started: "Started",
    finished: "Finished",
    environments: "Environments",
    plan: "Plan",
    instances: "Instances",
    runtime: "Runtime",
    none: "—",
  },
} as const;
