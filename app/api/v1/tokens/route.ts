import { tokenRoutes } from "@/server/api/token-routes";

export const GET = tokenRoutes.list;
export const POST = tokenRoutes.create;
