import { apiRoute } from "@/server/api/route";
import { snapshotHandlers } from "@/server/backups/http";

const api = snapshotHandlers();
/** The environment's snapshots, newest first (?page, ?pageSize ≤ 100). */
export const GET = apiRoute<{ envId: string }>(api.list);
/** Takes a snapshot on demand: `{ comment? }` → 202 { operationId, snapshotId }. */
export const POST = apiRoute<{ envId: string }>(api.create);
