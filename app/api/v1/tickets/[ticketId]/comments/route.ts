import { apiRoute } from "@/server/api/route";
import { addCommentHandler } from "@/server/support/http/tickets-api";

export const POST = apiRoute<{ ticketId: string }>(addCommentHandler);
