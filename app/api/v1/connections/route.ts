import { connectionRoutes } from "@/server/api/connection-routes";

export const GET = connectionRoutes.list;
export const POST = connectionRoutes.create;
