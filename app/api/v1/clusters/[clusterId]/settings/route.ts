import { apiRoute } from "@/server/api/route";
import { settingsApi } from "@/server/api/settings-routes";

/** The cluster's settings (ETag = version) → 200. */
export const GET = apiRoute<{ clusterId: string }>(settingsApi.get);
/** Any subset of the settings, with If-Match → 202 { operationId }. */
export const PATCH = apiRoute<{ clusterId: string }>(settingsApi.patch);
