import { environmentRoutes } from "@/server/api/environment-routes";

export const GET = environmentRoutes.get;
export const PATCH = environmentRoutes.scale;
export const DELETE = environmentRoutes.remove;
