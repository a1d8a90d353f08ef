import { peopleRoutes } from "@/server/api/people-routes";

export const GET = peopleRoutes.invitations;
export const POST = peopleRoutes.invite;
