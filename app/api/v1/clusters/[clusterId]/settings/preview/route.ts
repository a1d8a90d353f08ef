import { apiRoute } from "@/server/api/route";
import { settingsApi } from "@/server/api/settings-routes";

/** What a PATCH with the same body would change and refuse → 200. */
export const POST = apiRoute<{ clusterId: string }>(settingsApi.preview);
