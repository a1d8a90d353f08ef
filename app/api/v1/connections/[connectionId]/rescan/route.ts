import { connectionRoutes } from "@/server/api/connection-routes";

export const POST = connectionRoutes.rescan;
