// Set-up of the settings tests: the azure test environment (database with demo data, emulator,
// worker), the demo clusters' resources in the emulator, and the demo's Azure roles (owners Owner,
// the Contoso manager Contributor, the reader none).
import { CONTRIBUTOR_ROLE_ID, OWNER_ROLE_ID } from "@/emulator/types";
import { DEMO_CONTRIBUTORS } from "@/prisma/demo-data";
import { settingsHandlers } from "@/server/api/settings-handlers";
import { planFor, reconcileAzure } from "@/server/domain/clusters/reconcile-cluster";
import { settingsOf } from "@/server/domain/settings/settings-context";
import { callApi } from "../support/helpers";
import { CONTOSO_SUB, resetAll, startAzureTestEnv, testDb, type AzureTestEnv } from "../azure/helpers";
import type { Actor } from "@/server/auth/permissions";

export async function demoRoles(env: AzureTestEnv) {
  const users = await testDb.user.findMany({ where: { azurePrincipalId: { not: null } }, include: { memberships: true } });
  const subOf = (orgId: string) => testDb.azureConnection.findFirstOrThrow({ where: { orgId } }).then((c) => c.subscriptionId);
  const assignments = [];
  for (const user of users) {
    for (const m of user.memberships) {
      const role = m.role === "OWNER" ? OWNER_ROLE_ID : (DEMO_CONTRIBUTORS as readonly string[]).includes(user.email) ? CONTRIBUTOR_ROLE_ID : null;
      if (role) assignments.push({ principalId: user.azurePrincipalId!, roleDefinitionId: role, scope: `/subscriptions/${await subOf(m.orgId)}`, principalType: "User" as const });
    }
  }
  await env.admin.setRoleAssignments(assignments);
}

/** Creates the Azure resources of the seeded Initialized clusters in the emulator. */
export async function provisionInitialized(env: AzureTestEnv) {
  const clusters = await testDb.cluster.findMany({ where: { status: "INITIALIZED" }, include: { connection: true } });
  for (const cluster of clusters) {
    await reconcileAzure(env.gateway.clientsFor(cluster.connection.subscriptionId), planFor(cluster, cluster.connection.subscriptionId, settingsOf(cluster.actualSettings)));
  }
}

export async function startSettingsEnv() {
  const env = await startAzureTestEnv();
  await demoRoles(env);
  await provisionInitialized(env);
  return env;
}

export async function resetSettingsEnv(env: AzureTestEnv) {
  await resetAll(env);
  await demoRoles(env);
  await provisionInitialized(env);
}

export function api(env: AzureTestEnv) {
  const handlers = settingsHandlers({ db: () => testDb, boss: async () => env.boss, azure: () => env.gateway });
  const call = <P extends Record<string, string>>(handler: (args: { request: Request; actor: Actor; params: P }) => Promise<Response>, actor: Actor, params: P, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    callApiWithHeaders(handler, actor, params, init);
  return {
    get: (actor: Actor, clusterId: string) => call(handlers.get, actor, { clusterId }, { method: "GET" }),
    patch: (actor: Actor, clusterId: string, body: unknown, ifMatch?: number | string) =>
      call(handlers.patch, actor, { clusterId }, { method: "PATCH", body, headers: ifMatch === undefined ? {} : { "if-match": typeof ifMatch === "number" ? `"${ifMatch}"` : ifMatch } }),
    preview: (actor: Actor, clusterId: string, body: unknown) => call(handlers.preview, actor, { clusterId }, { method: "POST", body }),
    revert: (actor: Actor, clusterId: string) => call(handlers.revert, actor, { clusterId }, { method: "POST" }),
    recover: (actor: Actor, clusterId: string) => call(handlers.recover, actor, { clusterId }, { method: "POST" }),
    getPolicy: (actor: Actor, orgId: string) => call(handlers.getPolicy, actor, { orgId }, { method: "GET" }),
    putPolicy: (actor: Actor, orgId: string, body: unknown) => call(handlers.putPolicy, actor, { orgId }, { method: "PUT", body }),
  };
}

/** callApi with request headers (If-Match). */
async function callApiWithHeaders<P extends Record<string, string>>(
  handler: (args: { request: Request; actor: Actor; params: P }) => Promise<Response>,
  actor: Actor,
  params: P,
  init: { method?: string; body?: unknown; headers?: Record<string, string> },
) {
  const wrapped = (args: { request: Request; actor: Actor; params: P }) => {
    const headers = new Headers(args.request.headers);
    for (const [name, value] of Object.entries(init.headers ?? {})) headers.set(name, value);
    const request = new Request(args.request.url, { method: init.method ?? args.request.method, headers, body: init.body !== undefined ? JSON.stringify(init.body) : undefined });
    return handler({ ...args, request });
  };
  return callApi(wrapped, actor, { params, method: init.method === "GET" ? "GET" : "POST", body: init.body, url: "/api/v1/clusters/x/settings" });
}

export { CONTOSO_SUB };
