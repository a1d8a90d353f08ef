import "server-only";
import type { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Actor } from "../auth/permissions";
import { assertCan } from "../auth/permissions";
import type { Db } from "../db";
import { createEnvironment } from "../domain/environments/create-environment";
import { deleteEnvironment } from "../domain/environments/delete-environment";
import { deployPackage } from "../domain/environments/deploy-package";
import type { EnvironmentDeps } from "../domain/environments/deps";
import { scaleEnvironment } from "../domain/environments/scale-environment";
import { startEnvironment } from "../domain/environments/start-environment";
import { stopEnvironment } from "../domain/environments/stop-environment";
import { findEnvironment, listEnvironments, ZEnvironmentListQuery } from "../store/environments";
import { environmentDetailView, environmentSummaryView } from "./environment-views";
import { parseInput, readJson } from "./input";

// The /api/v1 environment handlers, free of Next imports so integration tests call them directly;
// the route files wrap them in apiRoute (authentication, error shape, refusal audit).

type Args<P> = { request: Request; actor: Actor; params: P };
type Handler<P> = (args: Args<P>) => Promise<Response>;

export function environmentHandlers(db: () => Db, deps: () => Promise<EnvironmentDeps>) {
  const accepted = (body: unknown) => Response.json(body, { status: 202 });
  return {
    /** GET /clusters/{clusterId}/environments?page=&pageSize= */
    list: (async ({ request, actor, params }) => {
      const query = parseInput(ZEnvironmentListQuery, Object.fromEntries(new URL(request.url).searchParams));
      const page = await listEnvironments(db(), actor, params.clusterId, query);
      return Response.json({ items: page.items.map(environmentSummaryView), total: page.total, page: page.page, pageSize: page.pageSize });
    }) as Handler<{ clusterId: string }>,
    /**
     * POST /clusters/{clusterId}/environments `{ name, plan }` → 202 `{ operationId, environmentId }`;
     * on the JIT plan 202 `{ approvalId, state: "PENDING" }` (or, inside an auto-approval window, both ids).
     */
    create: (async ({ request, actor, params }) => {
      const result = await createEnvironment(db(), await deps(), actor, params.clusterId, await readJson(request));
      if (result.held) return accepted({ approvalId: result.approvalId, state: "PENDING" });
      return accepted({ operationId: result.operation.id, environmentId: result.environment.id, ...(result.approvalId ? { approvalId: result.approvalId } : {}) });
    }) as Handler<{ clusterId: string }>,
    /** GET /environments/{envId} */
    get: (async ({ actor, params }) => {
      const environment = await findEnvironment(db(), actor, params.envId);
      assertCan(actor, "read:environments", environment.orgId);
      return Response.json(await environmentDetailView(environment, (await deps()).dataPlane));
    }) as Handler<{ envId: string }>,
    /** PATCH /environments/{envId} `{ instances }` → 202 */
    scale: (async ({ request, actor, params }) => accepted({ operationId: (await scaleEnvironment(db(), await deps(), actor, params.envId, await readJson(request))).id })) as Handler<{ envId: string }>,
    /** DELETE /environments/{envId} `{ confirm: name }` → 202 */
    remove: (async ({ request, actor, params }) => accepted({ operationId: (await deleteEnvironment(db(), await deps(), actor, params.envId, await readJson(request))).id })) as Handler<{ envId: string }>,
    start: (async ({ actor, params }) => accepted({ operationId: (await startEnvironment(db(), await deps(), actor, params.envId)).id })) as Handler<{ envId: string }>,
    stop: (async ({ actor, params }) => accepted({ operationId: (await stopEnvironment(db(), await deps(), actor, params.envId)).id })) as Handler<{ envId: string }>,
    /** POST /environments/{envId}/deployments: the .mda as the body (`?fileName=` optional) → 202 or 400 */
    deploy: (async ({ request, actor, params }) => {
      const fileName = new URL(request.url).searchParams.get("fileName");
      const body = request.body as WebReadableStream<Uint8Array> | Readable | null;
      const result = await deployPackage(db(), await deps(), actor, params.envId, body, { fileName });
      return accepted({ operationId: result.operation.id, package: result.package });
    }) as Handler<{ envId: string }>,
  };
}
