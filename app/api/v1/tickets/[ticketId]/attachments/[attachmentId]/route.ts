import { apiRoute } from "@/server/api/route";
import { downloadAttachmentHandler } from "@/server/support/http/tickets-api";

export const GET = apiRoute<{ ticketId: string; attachmentId: string }>(downloadAttachmentHandler);
