import { apiRoute } from "@/server/api/route";
import { snapshotHandlers } from "@/server/backups/http";

const api = snapshotHandlers();
/** Starts a restore drill of the snapshot → 202 { operationId }. */
export const POST = apiRoute<{ envId: string; snapshotId: string }>(api.drill);
