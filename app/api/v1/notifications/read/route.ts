import { apiRoute } from "@/server/api/route";
import { markNotificationsReadHandler } from "@/server/support/http/tickets-api";

export const POST = apiRoute(markNotificationsReadHandler);
