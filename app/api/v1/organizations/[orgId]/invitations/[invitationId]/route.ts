import { peopleRoutes } from "@/server/api/people-routes";

export const DELETE = peopleRoutes.revoke;
