// Ticket severities apart from the ticket schemas (./support-schemas.ts re-exports them): a client
// component that only lists them does not load zod with its page (docs/decisions/0038-page-speed-shell.md).
export const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;

export const SEVERITY_LABEL: Record<(typeof SEVERITIES)[number], string> = { CRITICAL: "Critical", HIGH: "High", MEDIUM: "Medium", LOW: "Low" };
