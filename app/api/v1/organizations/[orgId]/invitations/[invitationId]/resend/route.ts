import { peopleRoutes } from "@/server/api/people-routes";

export const POST = peopleRoutes.resend;
