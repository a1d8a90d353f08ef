import { apiRoute } from "@/server/api/route";
import { settingsApi } from "@/server/api/settings-routes";

/** Re-applies the desired settings to Azure → 202 { operationId }. */
export const POST = apiRoute<{ clusterId: string }>(settingsApi.recover);
