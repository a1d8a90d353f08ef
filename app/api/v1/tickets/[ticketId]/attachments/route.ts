import { apiRoute } from "@/server/api/route";
import { addAttachmentsHandler } from "@/server/support/http/tickets-api";

export const POST = apiRoute<{ ticketId: string }>(addAttachmentsHandler);
