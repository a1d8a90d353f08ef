import { environmentRoutes } from "@/server/api/environment-routes";

export const POST = environmentRoutes.start;
