import { z } from "zod";
import { SEVERITIES } from "./support-severity";
import { TICKET_STATUSES } from "./ticket-status";

export { SEVERITIES } from "./support-severity";

/** Ticket schemas shared by the forms and the server (one source of the rules). */

export const ZOpenTicket = z.object({
  clusterId: z.string({ error: "Choose a cluster." }).uuid("Choose a cluster."),
  environmentId: z
    .union([z.string().uuid("Choose an environment of the cluster."), z.literal(""), z.null()])
    .optional()
    .transform((value) => value || null),
  subject: z.string({ error: "Enter a subject." }).trim().min(3, "Enter a subject of at least 3 characters.").max(200, "Keep the subject under 200 characters."),
  description: z.string({ error: "Describe the problem." }).trim().min(10, "Describe the problem in at least 10 characters.").max(20_000, "Keep the description under 20,000 characters."),
  severity: z.enum(SEVERITIES, { error: "Choose a severity." }),
  /** Consent to attach the cluster's recent logs (secrets removed); on unless the opener says no, as the support policy attaches them. */
  shareLogs: z.boolean({ error: "Choose whether to share the logs." }).default(true),
  /** Consent to read-only staff access to the cluster while the ticket is open. */
  environmentAccess: z.boolean({ error: "Choose whether to allow environment access." }).default(false),
});

export const ZTicketComment = z.object({
  body: z.string({ error: "Write a reply." }).trim().min(1, "Write a reply.").max(20_000, "Keep replies under 20,000 characters."),
  internal: z.boolean().default(false),
});

export const ZUpdateTicket = z
  .object({
    status: z.enum(TICKET_STATUSES).optional(),
    assignToMe: z.boolean().optional(),
  })
  .refine((value) => value.status !== undefined || value.assignToMe !== undefined, { message: "Nothing to change.", path: ["status"] });
