import { apiRoute } from "@/server/api/route";
import { snapshotHandlers } from "@/server/backups/http";

const api = snapshotHandlers();
/** The archive as the body (application/gzip; ?comment=) → 202 { operationId, snapshotId } or 400. */
export const POST = apiRoute<{ envId: string }>(api.upload);
