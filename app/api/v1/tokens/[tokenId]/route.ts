import { tokenRoutes } from "@/server/api/token-routes";

export const DELETE = tokenRoutes.revoke;
