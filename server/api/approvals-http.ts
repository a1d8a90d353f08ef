import "server-only";
import type { Actor } from "../auth/permissions";
import type { Db } from "../db";
import { createApprovalWindow } from "../domain/approvals/create-approval-window";
import { decideApproval } from "../domain/approvals/decide-approval";
import type { ApprovalDeps } from "../domain/approvals/deps";
import { listApprovals } from "../domain/approvals/list-approvals";
import { readJson } from "./input";

// The /api/v1 handlers of the JIT plan, free of Next imports so integration tests call them directly;
// the route files wrap them in apiRoute (authentication, error shape, refusal audit).

type Args<P> = { request: Request; actor: Actor; params: P };
type Handler<P> = (args: Args<P>) => Promise<Response>;

export function approvalHandlers(db: () => Db, deps: () => Promise<ApprovalDeps>) {
  return {
    /** GET /clusters/{clusterId}/approvals?page=&pageSize= → `{ plan, items, total, page, pageSize, windows }` */
    list: (async ({ request, actor, params }) => {
      const result = await listApprovals(db(), actor, params.clusterId, Object.fromEntries(new URL(request.url).searchParams));
      return Response.json({ plan: result.plan, items: result.items, total: result.total, page: result.page, pageSize: result.pageSize, windows: result.windows });
    }) as Handler<{ clusterId: string }>,
    /** POST /approvals/{approvalId}/approve `{ note? }` → 200 the request (Executing when its action started) */
    approve: (async ({ request, actor, params }) => Response.json(await decideApproval(db(), await deps(), actor, params.approvalId, "approve", await readJson(request)))) as Handler<{ approvalId: string }>,
    /** POST /approvals/{approvalId}/deny `{ note? }` → 200 the request */
    deny: (async ({ request, actor, params }) => Response.json(await decideApproval(db(), await deps(), actor, params.approvalId, "deny", await readJson(request)))) as Handler<{ approvalId: string }>,
    /** POST /clusters/{clusterId}/approval-windows `{ startsAt, endsAt, reason }` → 201 */
    createWindow: (async ({ request, actor, params }) => {
      const window = await createApprovalWindow(db(), await deps(), actor, params.clusterId, await readJson(request));
      return Response.json({ id: window.id, startsAt: window.startsAt.toISOString(), endsAt: window.endsAt.toISOString(), reason: window.reason }, { status: 201 });
    }) as Handler<{ clusterId: string }>,
  };
}
