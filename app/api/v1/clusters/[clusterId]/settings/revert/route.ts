import { apiRoute } from "@/server/api/route";
import { settingsApi } from "@/server/api/settings-routes";

/** The desired settings back to the applied ones → 200 with the settings. */
export const POST = apiRoute<{ clusterId: string }>(settingsApi.revert);
