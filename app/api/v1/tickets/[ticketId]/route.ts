import { apiRoute } from "@/server/api/route";
import { getTicketHandler, updateTicketHandler } from "@/server/support/http/tickets-api";

export const GET = apiRoute<{ ticketId: string }>(getTicketHandler);
export const PATCH = apiRoute<{ ticketId: string }>(updateTicketHandler);
