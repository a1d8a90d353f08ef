import { apiRoute } from "@/server/api/route";
import { settingsApi } from "@/server/api/settings-routes";

/** The settings policy of an organisation ("default": the provider-wide default); platform admins only. */
export const GET = apiRoute<{ orgId: string }>(settingsApi.getPolicy);
export const PUT = apiRoute<{ orgId: string }>(settingsApi.putPolicy);
