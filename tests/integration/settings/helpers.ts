// Set-up of the settings tests: the azure test environment (database with demo data, emulator,
// worker), the demo clusters' resources in the emulator, and the demo's Azure roles (owners Owner,
// the Contoso manager Contributor, the reader none).
import { CONTRIBUTOR_ROLE_ID, OWNER_ROLE_ID } from "@/emulator/types";
import { DEMO_CONTRIBUTORS } from "@/prisma/demo-data";
import * as policyRoute from "@/app/api/v1/admin/organizations/[orgId]/settings-policy/route";
import * as recoverRoute from "@/app/api/v1/clusters/[clusterId]/recover/route";
import * as previewRoute from "@/app/api/v1/clusters/[clusterId]/settings/preview/route";
import * as revertRoute from "@/app/api/v1/clusters/[clusterId]/settings/revert/route";
import * as settingsRoute from "@/app/api/v1/clusters/[clusterId]/settings/route";
import { planFor, reconcileAzure } from "@/server/domain/clusters/reconcile-cluster";
import { settingsOf } from "@/server/domain/settings/settings-context";
import { callRoute } from "../api";
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

const path = (clusterId: string, rest = "") => `/api/v1/clusters/${clusterId}/settings${rest}`;
/**
 * The settings API through the app's route files (apiRoute, the process's job sender and the
 * Azure gateway of ARM_ENDPOINT, which startAzureTestEnv points at the emulator).
 */
export const api = {
  get: (actor: Actor, clusterId: string) => callRoute(settingsRoute.GET, actor, { url: path(clusterId), params: { clusterId } }),
  patch: (actor: Actor, clusterId: string, body: unknown, ifMatch?: number | string) =>
    callRoute(settingsRoute.PATCH, actor, {
      method: "PATCH",
      url: path(clusterId),
      params: { clusterId },
      body,
      headers: ifMatch === undefined ? {} : { "if-match": typeof ifMatch === "number" ? `"${ifMatch}"` : ifMatch },
    }),
  preview: (actor: Actor, clusterId: string, body: unknown) => callRoute(previewRoute.POST, actor, { url: path(clusterId, "/preview"), params: { clusterId }, body }),
  revert: (actor: Actor, clusterId: string) => callRoute(revertRoute.POST, actor, { method: "POST", url: path(clusterId, "/revert"), params: { clusterId } }),
  recover: (actor: Actor, clusterId: string) => callRoute(recoverRoute.POST, actor, { method: "POST", url: `/api/v1/clusters/${clusterId}/recover`, params: { clusterId } }),
  getPolicy: (actor: Actor, orgId: string) => callRoute(policyRoute.GET, actor, { url: `/api/v1/admin/organizations/${orgId}/settings-policy`, params: { orgId } }),
  putPolicy: (actor: Actor, orgId: string, body: unknown) => callRoute(policyRoute.PUT, actor, { method: "PUT", url: `/api/v1/admin/organizations/${orgId}/settings-policy`, params: { orgId }, body }),
};

export { CONTOSO_SUB };
