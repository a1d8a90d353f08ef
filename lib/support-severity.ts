// Ticket severities apart from the ticket schemas (./support-schemas.ts re-exports them): a client
// component that only lists them does not load zod with its page (docs/decisions/0038-page-speed-shell.md).
// Their words are in the message catalogue (lib/messages-support.ts SEVERITY_LABEL).
export const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;
