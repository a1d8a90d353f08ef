import "server-only";
import { db } from "../db";
import { environmentDeps } from "../domain/environments/deps";
import { environmentHandlers } from "./environments-http";
import { apiRoute } from "./route";

const handlers = environmentHandlers(db, environmentDeps);

/** The environment routes of /api/v1, each behind apiRoute. */
export const environmentRoutes = {
  list: apiRoute(handlers.list),
  create: apiRoute(handlers.create),
  get: apiRoute(handlers.get),
  scale: apiRoute(handlers.scale),
  remove: apiRoute(handlers.remove),
  start: apiRoute(handlers.start),
  stop: apiRoute(handlers.stop),
  deploy: apiRoute(handlers.deploy),
};
