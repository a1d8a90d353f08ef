import { approvalRoutes } from "@/server/api/approval-routes";

export const GET = approvalRoutes.list;
