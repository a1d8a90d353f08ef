import { peopleRoutes } from "@/server/api/people-routes";

export const GET = peopleRoutes.members;
