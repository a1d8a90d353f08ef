import { apiRoute } from "@/server/api/route";
import { createTicketHandler, listTicketsHandler } from "@/server/support/http/tickets-api";

export const GET = apiRoute(listTicketsHandler);
export const POST = apiRoute(createTicketHandler);
