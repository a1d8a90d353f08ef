import "server-only";
import type { TicketSeverity, TicketStatus } from "@/generated/prisma/enums";

export interface ExternalComment {
  externalId: string;
  body: string;
  public: boolean;
  /** Written by the ticket's requester (the customer) rather than by an agent. */
  fromRequester: boolean;
  createdAt: Date;
}

export interface ExternalTicketState {
  externalId: string;
  status: TicketStatus;
  /** Comments after the description, oldest first. */
  comments: ExternalComment[];
}

export interface NewExternalTicket {
  number: number;
  subject: string;
  description: string;
  severity: TicketSeverity;
  requester: { name: string; email: string };
  tags: string[];
}

/**
 * An external help desk the portal mirrors its tickets to. The portal's own desk is always the
 * record; an external desk is optional (one adapter per backend, chosen by configuration).
 */
export interface ExternalDesk {
  readonly name: string;
  createTicket(ticket: NewExternalTicket): Promise<{ externalId: string; externalUrl: string }>;
  addPublicComment(externalId: string, body: string, author: { name: string; email: string } | null): Promise<{ externalCommentId: string | null }>;
  setStatus(externalId: string, status: TicketStatus): Promise<void>;
  fetchTicket(externalId: string): Promise<ExternalTicketState>;
}
