import "server-only";
import { db } from "../db";
import { approvalDeps } from "../domain/approvals/deps";
import { approvalHandlers } from "./approvals-http";
import { apiRoute } from "./route";

const handlers = approvalHandlers(db, approvalDeps);

/** The approval routes of /api/v1, each behind apiRoute. */
export const approvalRoutes = {
  list: apiRoute(handlers.list),
  approve: apiRoute(handlers.approve),
  deny: apiRoute(handlers.deny),
  createWindow: apiRoute(handlers.createWindow),
};
