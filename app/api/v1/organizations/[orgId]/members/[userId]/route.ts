import { peopleRoutes } from "@/server/api/people-routes";

export const PATCH = peopleRoutes.changeRole;
export const DELETE = peopleRoutes.remove;
