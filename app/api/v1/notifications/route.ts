import { apiRoute } from "@/server/api/route";
import { listNotificationsHandler } from "@/server/support/http/tickets-api";

export const GET = apiRoute(listNotificationsHandler);
