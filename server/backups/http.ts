import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type PgBoss from "pg-boss";
import { readJson } from "../api/input";
import type { Actor } from "../auth/permissions";
import { azureGatewayFromEnv } from "../azure/gateway";
import { db } from "../db";
import { deleteSnapshot } from "../domain/backups/delete-snapshot";
import { downloadSnapshot, snapshotDownloadLink } from "../domain/backups/download-snapshot";
import { requestDrill } from "../domain/backups/request-drill";
import { requestSnapshot } from "../domain/backups/request-snapshot";
import { restoreSnapshot } from "../domain/backups/restore-snapshot";
import { uploadSnapshot } from "../domain/backups/upload-snapshot";
import { dataPlaneFromEnv, type EnvironmentDataPlane } from "../environments/data-plane";
import { sender } from "../jobs/boss";
import { findSnapshot, listSnapshots, snapshotView, ZSnapshotListQuery } from "../store/snapshots";
import { parseInput } from "../validate";

// The /api/v1 snapshot handlers, apart from the route files so integration tests call exactly
// what the routes call (the routes add authentication and the error shape through apiRoute).

export interface BackupDeps {
  boss(): Promise<PgBoss>;
  dataPlane(): EnvironmentDataPlane;
}

let plane: EnvironmentDataPlane | undefined;
export const defaultBackupDeps: BackupDeps = {
  boss: sender,
  dataPlane: () => (plane ??= dataPlaneFromEnv(azureGatewayFromEnv())),
};

interface Args<P> {
  request: Request;
  actor: Actor;
  params: P;
}
type Env = { envId: string };
type Snap = { envId: string; snapshotId: string };

export function snapshotHandlers(deps: BackupDeps = defaultBackupDeps) {
  return {
    async list({ request, actor, params }: Args<Env>) {
      const query = parseInput(ZSnapshotListQuery, Object.fromEntries(new URL(request.url).searchParams));
      const page = await listSnapshots(db(), actor, params.envId, query);
      return Response.json({ items: page.items.map(snapshotView), total: page.total, page: page.page, pageSize: page.pageSize }, { headers: { "cache-control": "no-store" } });
    },
    async create({ request, actor, params }: Args<Env>) {
      const { operation, snapshot } = await requestSnapshot(db(), await deps.boss(), actor, params.envId, await readJson(request));
      return Response.json({ operationId: operation.id, snapshotId: snapshot.id }, { status: 202 });
    },
    async get({ actor, params }: Args<Snap>) {
      const { snapshot } = await findSnapshot(db(), actor, params.envId, params.snapshotId);
      return Response.json({ snapshot: snapshotView(snapshot) }, { headers: { "cache-control": "no-store" } });
    },
    async remove({ actor, params }: Args<Snap>) {
      const { operation } = await deleteSnapshot(db(), await deps.boss(), actor, params.envId, params.snapshotId);
      return Response.json({ operationId: operation.id }, { status: 202 });
    },
    async archive({ actor, params }: Args<Snap>) {
      const file = await downloadSnapshot(db(), deps.dataPlane(), actor, params.envId, params.snapshotId);
      const headers: Record<string, string> = {
        "content-type": "application/gzip",
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "no-store",
      };
      if (file.size !== null) headers["content-length"] = String(file.size);
      return new Response(Readable.toWeb(file.stream) as unknown as ReadableStream, { headers });
    },
    async archiveUrl({ actor, params }: Args<Snap>) {
      return Response.json(await snapshotDownloadLink(db(), deps.dataPlane(), actor, params.envId, params.snapshotId));
    },
    async restore({ request, actor, params }: Args<Snap>) {
      const { operation } = await restoreSnapshot(db(), await deps.boss(), actor, params.envId, params.snapshotId, await readJson(request));
      return Response.json({ operationId: operation.id }, { status: 202 });
    },
    async drill({ actor, params }: Args<Snap>) {
      const operation = await requestDrill(db(), await deps.boss(), actor, params.envId, params.snapshotId);
      return Response.json({ operationId: operation.id }, { status: 202 });
    },
    async upload({ request, actor, params }: Args<Env>) {
      const comment = new URL(request.url).searchParams.get("comment");
      const { operation, snapshot } = await uploadSnapshot(db(), await deps.boss(), deps.dataPlane(), actor, params.envId, {
        body: request.body as unknown as WebReadableStream<Uint8Array> | null,
        contentType: request.headers.get("content-type"),
        comment,
      });
      return Response.json({ operationId: operation.id, snapshotId: snapshot.id }, { status: 202 });
    },
  };
}
