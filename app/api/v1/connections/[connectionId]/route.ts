import { connectionRoutes } from "@/server/api/connection-routes";

export const GET = connectionRoutes.get;
export const DELETE = connectionRoutes.disconnect;
