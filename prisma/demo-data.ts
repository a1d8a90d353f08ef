// Demo data for the local default and the tests: two organisations with clusters in several
// states, all roles, a few environments, operations and audit events. Idempotent by design:
// it only runs on an empty database.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../generated/prisma/client";
import { armIdOf, COMPONENT_SPECS } from "../lib/cluster-components";
import { DEFAULT_CLUSTER_SETTINGS } from "../lib/cluster-settings";

export const DEMO_PASSWORD = "portal-demo";

/** Azure role assignments of the demo (besides each owner's Owner role): who may change settings. */
export const DEMO_CONTRIBUTORS = ["manager@contoso.example"] as const;

export const DEMO_USERS = {
  contosoOwner: "owner@contoso.example",
  contosoManager: "manager@contoso.example",
  contosoMember: "member@contoso.example",
  /** Cluster manager in the portal without an Azure role on the subscription: sees settings read-only. */
  contosoReader: "reader@contoso.example",
  fabrikamOwner: "owner@fabrikam.example",
  support: "support@provider.example",
  admin: "admin@provider.example",
} as const;

const DEMO_COMPONENTS = COMPONENT_SPECS.filter((spec) => spec.kind !== "REPLICA");

const VERSIONS = {
  kubernetesVersion: "1.33.3",
  nodeImageVersion: "AKSUbuntu-2204gen2containerd-202611.10.0",
  operatorVersion: "2.23.1",
  agentVersion: "2.23.1",
  grafanaVersion: "11.6.2",
};

export async function seedDemo(db: PrismaClient): Promise<boolean> {
  if ((await db.organization.count()) > 0) return false;
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const now = Date.now();
  const ago = (minutes: number) => new Date(now - minutes * 60_000);

  const [contoso, fabrikam] = await Promise.all([
    db.organization.create({ data: { name: "Contoso", slug: "contoso", cloudTokens: 140 } }),
    db.organization.create({ data: { name: "Fabrikam", slug: "fabrikam", trialEndsAt: new Date(now + 30 * 86_400_000) } }),
  ]);

  const user = (email: string, name: string, principal?: string, staffRole?: "SUPPORT" | "ADMIN") =>
    db.user.create({ data: { email, name, passwordHash, staffRole, azurePrincipalId: principal } });
  const [cOwner, cManager, cMember, fOwner, , , cReader] = await Promise.all([
    user(DEMO_USERS.contosoOwner, "Olivia Owner", "11111111-1111-4111-8111-111111111111"),
    user(DEMO_USERS.contosoManager, "Mark Manager", "22222222-2222-4222-8222-222222222222"),
    user(DEMO_USERS.contosoMember, "Mia Member"),
    user(DEMO_USERS.fabrikamOwner, "Fred Fabrikam", "44444444-4444-4444-8444-444444444444"),
    user(DEMO_USERS.support, "Sam Support", undefined, "SUPPORT"),
    user(DEMO_USERS.admin, "Ada Admin", undefined, "ADMIN"),
    user(DEMO_USERS.contosoReader, "Rita Reader", "55555555-5555-4555-8555-555555555555"),
  ]);
  await db.membership.createMany({
    data: [
      { orgId: contoso.id, userId: cOwner.id, role: "OWNER" },
      { orgId: contoso.id, userId: cManager.id, role: "MANAGER" },
      { orgId: contoso.id, userId: cMember.id, role: "MEMBER" },
      { orgId: contoso.id, userId: cReader.id, role: "MANAGER" },
      { orgId: fabrikam.id, userId: fOwner.id, role: "OWNER" },
    ],
  });

  const contosoSub = "6f1d3c2a-0c1e-4d7b-9a55-3b1f0c0c0a01";
  const fabrikamSub = "9b2e4d3c-1d2f-4e8c-8b66-4c2a1d1d1b02";
  const [contosoConn, fabrikamConn] = await Promise.all([
    db.azureConnection.create({ data: { orgId: contoso.id, tenantId: "c0a1b2c3-0000-4000-8000-00000000c001", subscriptionId: contosoSub, region: "westeurope", displayName: "Contoso Production" } }),
    db.azureConnection.create({ data: { orgId: fabrikam.id, tenantId: "f0a1b2c3-0000-4000-8000-00000000f001", subscriptionId: fabrikamSub, region: "northeurope", displayName: "Fabrikam Azure" } }),
  ]);

  const cluster = async (
    org: { id: string },
    conn: { id: string; subscriptionId: string; region: string },
    name: string,
    status: "READY_TO_INITIALIZE" | "INITIALIZED" | "FAILED",
    environments: { name: string; plan: "SMALL" | "MEDIUM" | "LARGE"; instances: number; state: "RUNNING" | "STOPPED"; production?: boolean }[] = [],
  ) => {
    const initialized = status === "INITIALIZED";
    const settings = { ...DEFAULT_CLUSTER_SETTINGS, tags: { costCenter: name.split("-")[0] } };
    const created = await db.cluster.create({
      data: {
        orgId: org.id,
        connectionId: conn.id,
        name,
        region: conn.region,
        status,
        managedApplicationId: `/subscriptions/${conn.subscriptionId}/resourceGroups/rg-${name}/providers/Microsoft.Solutions/applications/${name}`,
        managedResourceGroup: `mrg-${name}`,
        desiredSettings: status === "READY_TO_INITIALIZE" ? {} : settings,
        actualSettings: initialized ? settings : {},
        initialSettings: status === "READY_TO_INITIALIZE" ? undefined : { nodeCidr: settings.nodeCidr },
        ...(initialized ? VERSIONS : {}),
        appDomain: initialized ? `${name}.apps.${conn.region}.mendix-azure.example` : null,
        grafanaUrl: initialized ? `https://grafana-${name}.${conn.region}.grafana.azure.com` : null,
        initializedAt: initialized ? ago(60 * 24 * 20) : null,
        lastError: status === "FAILED" ? { code: "QuotaExceeded", message: "Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota." } : undefined,
        rerunCount: status === "FAILED" ? 1 : 0,
      },
    });
    if (status !== "READY_TO_INITIALIZE") {
            await db.clusterComponent.createMany({
        data: DEMO_COMPONENTS.map((spec) => {
          const failed = status === "FAILED" && spec.kind === "AKS";
          const pending = status === "FAILED" && ["GRAFANA", "OPERATOR", "AGENT"].includes(spec.kind);
          return {
            clusterId: created.id,
            kind: spec.kind,
            name: spec.name(name),
            armId: armIdOf(spec, conn.subscriptionId, name),
            state: failed ? "FAILED" : pending ? "PENDING" : "SUCCEEDED",
            version: spec.kind === "AKS" && !failed ? VERSIONS.kubernetesVersion : spec.kind === "OPERATOR" && initialized ? VERSIONS.operatorVersion : null,
            lastError: failed ? { code: "QuotaExceeded", message: "Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota." } : undefined,
            checkedAt: ago(5),
          };
        }),
      });
    }
    if (initialized) {
      const namespace = await db.namespace.create({ data: { clusterId: created.id, name: `${name}-apps` } });
      for (const env of environments) {
        const environment = await db.environment.create({
          data: {
            orgId: org.id,
            clusterId: created.id,
            namespaceId: namespace.id,
            name: env.name,
            plan: env.plan,
            instances: env.state === "RUNNING" ? env.instances : 0,
            state: env.state,
            runtimeVersion: "10.24.3",
            packageName: `${env.name}_10.24.3.mda`,
            modelVersion: "1.4.0",
            databaseName: `${name}_${env.name}`.replace(/-/g, "_"),
            filesContainer: `${name}-${env.name}-files`,
            url: `https://${env.name}.${name}.apps.${conn.region}.mendix-azure.example`,
            isProduction: env.production ?? false,
          },
        });
        await db.backupSchedule.create({ data: { environmentId: environment.id, hour: 2 } });
      }
    }
    return created;
  };

  const contosoProd = await cluster(contoso, contosoConn, "contoso-prod", "INITIALIZED", [
    { name: "production", plan: "LARGE", instances: 2, state: "RUNNING", production: true },
    { name: "acceptance", plan: "MEDIUM", instances: 1, state: "RUNNING" },
    { name: "test", plan: "SMALL", instances: 1, state: "STOPPED" },
  ]);
  await cluster(contoso, contosoConn, "contoso-dev", "READY_TO_INITIALIZE");
  const contosoFailed = await cluster(contoso, contosoConn, "contoso-analytics", "FAILED");
  const fabrikamMain = await cluster(fabrikam, fabrikamConn, "fabrikam-main", "INITIALIZED", [
    { name: "production", plan: "MEDIUM", instances: 2, state: "RUNNING", production: true },
    { name: "test", plan: "SMALL", instances: 1, state: "RUNNING" },
  ]);
  await cluster(fabrikam, fabrikamConn, "fabrikam-sandbox", "READY_TO_INITIALIZE");

  const step = (name: string, status: "succeeded" | "failed", detail?: string) => ({ name, status, detail });
  await db.operation.createMany({
    data: [
      {
        orgId: contoso.id, clusterId: contosoProd.id, kind: "cluster.initialize", targetType: "cluster", targetId: contosoProd.id,
        requestedById: cOwner.id, status: "SUCCEEDED",
        steps: DEMO_COMPONENTS.map((spec) => step(spec.label, "succeeded")),
        createdAt: ago(60 * 24 * 20 + 16), startedAt: ago(60 * 24 * 20 + 16), finishedAt: ago(60 * 24 * 20),
      },
      {
        orgId: contoso.id, clusterId: contosoFailed.id, kind: "cluster.initialize", targetType: "cluster", targetId: contosoFailed.id,
        requestedById: cOwner.id, status: "FAILED",
        steps: [...DEMO_COMPONENTS.slice(0, 9).map((spec) => step(spec.label, "succeeded")), step("Kubernetes service", "failed", "QuotaExceeded")],
        error: { code: "QuotaExceeded", message: "Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota." },
        createdAt: ago(60 * 3), startedAt: ago(60 * 3), finishedAt: ago(60 * 3 - 12),
      },
      {
        orgId: fabrikam.id, clusterId: fabrikamMain.id, kind: "cluster.initialize", targetType: "cluster", targetId: fabrikamMain.id,
        requestedById: fOwner.id, status: "SUCCEEDED",
        steps: DEMO_COMPONENTS.map((spec) => step(spec.label, "succeeded")),
        createdAt: ago(60 * 24 * 40 + 15), startedAt: ago(60 * 24 * 40 + 15), finishedAt: ago(60 * 24 * 40),
      },
    ],
  });

  await db.auditEvent.createMany({
    data: [
      { orgId: contoso.id, actorId: cOwner.id, actorEmail: cOwner.email, actorKind: "USER", action: "cluster.initialize", targetType: "cluster", targetId: contosoProd.id, outcome: "SUCCESS", at: ago(60 * 24 * 20 + 16) },
      { orgId: contoso.id, actorId: cOwner.id, actorEmail: cOwner.email, actorKind: "USER", action: "cluster.initialize", targetType: "cluster", targetId: contosoFailed.id, outcome: "FAILURE", after: { code: "QuotaExceeded" }, at: ago(60 * 3 - 12) },
      { orgId: contoso.id, actorId: cOwner.id, actorEmail: cOwner.email, actorKind: "USER", action: "membership.role-change", targetType: "user", targetId: cManager.id, before: { role: "MEMBER" }, after: { role: "MANAGER" }, outcome: "SUCCESS", at: ago(60 * 24 * 10) },
      { orgId: fabrikam.id, actorId: fOwner.id, actorEmail: fOwner.email, actorKind: "USER", action: "cluster.initialize", targetType: "cluster", targetId: fabrikamMain.id, outcome: "SUCCESS", at: ago(60 * 24 * 40 + 15) },
    ],
  });

  await db.release.create({
    data: {
      version: "2026.Q4", kind: "QUARTERLY", status: "COMPLETED", notes: "Kubernetes 1.33, Mendix Operator 2.23.1, Grafana 11.6.",
      components: { kubernetes: VERSIONS.kubernetesVersion, nodeImage: VERSIONS.nodeImageVersion, operator: VERSIONS.operatorVersion, agent: VERSIONS.agentVersion, grafana: VERSIONS.grafanaVersion },
      publishedAt: ago(60 * 24 * 25),
    },
  });
  return true;
}
