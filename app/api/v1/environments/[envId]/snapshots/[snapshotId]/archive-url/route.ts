import { apiRoute } from "@/server/api/route";
import { snapshotHandlers } from "@/server/backups/http";

const api = snapshotHandlers();
/** A time-limited download URL (SAS) → { url, expiresAt }. */
export const POST = apiRoute<{ envId: string; snapshotId: string }>(api.archiveUrl);
