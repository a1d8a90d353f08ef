import { apiRoute } from "@/server/api/route";
import { snapshotHandlers } from "@/server/backups/http";

const api = snapshotHandlers();
/** Restores into this (stopped) environment: `{ confirmModelVersion? }` → 202 { operationId } or 409. */
export const POST = apiRoute<{ envId: string; snapshotId: string }>(api.restore);
