import { environmentRoutes } from "@/server/api/environment-routes";

export const GET = environmentRoutes.list;
export const POST = environmentRoutes.create;
