import { apiRoute } from "@/server/api/route";
import { snapshotHandlers } from "@/server/backups/http";

const api = snapshotHandlers();
export const GET = apiRoute<{ envId: string; snapshotId: string }>(api.get);
/** Deletes the snapshot before it expires → 202 { operationId }. */
export const DELETE = apiRoute<{ envId: string; snapshotId: string }>(api.remove);
