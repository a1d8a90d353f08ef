import { apiRoute } from "@/server/api/route";
import { snapshotHandlers } from "@/server/backups/http";

const api = snapshotHandlers();
/** The .tar.gz, streamed from storage. */
export const GET = apiRoute<{ envId: string; snapshotId: string }>(api.archive);
