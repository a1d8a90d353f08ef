import { approvalRoutes } from "@/server/api/approval-routes";

export const POST = approvalRoutes.deny;
