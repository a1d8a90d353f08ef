import "server-only";
import { z } from "zod";
import { Prisma, type ComponentKind, type ComponentState } from "@/generated/prisma/client";
import { componentSpec } from "@/lib/cluster-components";
import { ZClusterSettings, type ClusterSettings } from "@/lib/cluster-settings";
import { DEFAULT_WINDOW, parseWindow, type WeeklyWindow } from "@/lib/maintenance-window";
import { recordAudit } from "../../audit/record";
import { ArmFailure, toArmFailure } from "../../azure/arm";
import type { AzureClients } from "../../azure/client-factory";
import { ALERT_RULES_STEP } from "@/lib/alert-rules";
import { ensureAlertRuleGroups } from "../../azure/alert-rules";
import { ensureComponent, readComponent } from "../../azure/cluster-resources";
import { ensureMaintenanceWindow } from "../../azure/cluster-updates";
import { clusterFacts, componentArmId, componentName, plannedComponents, resourceCondition, type ClusterPlan } from "../../azure/transform";
import type { Db } from "../../db";
import { failureOf, OperationFailure, runOperation, type StepTracker } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { openAutomaticTicket } from "../support/open-automatic-ticket";
import { ingressIpToRecord } from "./ingress-ip";

// The reconciler of a cluster's Azure resources (initialization and rerun): one step per
// component, in dependency order; each step reads Azure first and PUTs only what is missing or
// differs, so a worker that dies anywhere and is restarted finishes without duplicates.

export const ZInitializeOperationInput = z.object({
  settings: ZClusterSettings,
  mode: z.enum(["initialize", "rerun"]),
});
export type InitializeOperationInput = z.infer<typeof ZInitializeOperationInput>;

/** Versions of what runs inside AKS when no release has been rolled out yet. */
export const DEFAULT_IN_CLUSTER_VERSIONS = { operator: "2.23.1", agent: "2.23.1" };

export function planFor(cluster: { name: string; region: string; managedResourceGroup: string }, subscriptionId: string, settings: ClusterSettings): ClusterPlan {
  return { subscriptionId, resourceGroup: cluster.managedResourceGroup, location: cluster.region, clusterName: cluster.name, settings };
}

type Progress = (kind: ComponentKind, state: ComponentState, patch?: { armId?: string | null; lastError?: { code: string; message: string } | null; version?: string | null }) => Promise<void>;

/**
 * Brings every component of `plan` to its desired state, in order. Azure only, no database:
 * shared by the job, the demo data set-up and the benchmark. Throws ArmFailure naming the failed component.
 */
export async function reconcileAzure(
  clients: AzureClients,
  plan: ClusterPlan,
  options: { progress?: Progress; step?: (label: string, run: () => Promise<void>) => Promise<void>; versions?: { operator: string; agent: string }; maintenanceWindow?: WeeklyWindow } = {},
) {
  const progress: Progress = options.progress ?? (async () => undefined);
  const step = options.step ?? ((_label: string, run: () => Promise<void>) => run());
  const versions = options.versions ?? DEFAULT_IN_CLUSTER_VERSIONS;
  for (const kind of plannedComponents(plan.settings)) {
    const label = componentSpec(kind).label;
    await step(label, async () => {
      await progress(kind, "PROVISIONING", { lastError: null });
      try {
        if (kind === "OPERATOR" || kind === "AGENT") {
          // Installed by the cluster's own bootstrap: done as soon as AKS is up and running.
          const aks = await readComponent(clients, plan, "AKS");
          if (!aks || resourceCondition(aks) !== "ready") throw new ArmFailure({ code: "ClusterNotReady", message: "The Kubernetes service is not running, so the Mendix components cannot be installed." });
          await progress(kind, "SUCCEEDED", { armId: null, lastError: null, version: kind === "OPERATOR" ? versions.operator : versions.agent });
          return;
        }
        const result = await ensureComponent(clients, plan, kind);
        // Every cluster gets its AKS planned maintenance window with the Kubernetes service.
        if (kind === "AKS") await ensureMaintenanceWindow(clients, plan.resourceGroup, componentName(plan, "AKS"), options.maintenanceWindow ?? DEFAULT_WINDOW);
        const version = kind === "AKS" ? String((result.resource as { currentKubernetesVersion?: string } | null)?.currentKubernetesVersion ?? "") || null : undefined;
        await progress(kind, "SUCCEEDED", { armId: result.armId, lastError: null, ...(version !== undefined ? { version } : {}) });
      } catch (error) {
        const failure = toArmFailure(error);
        await progress(kind, "FAILED", { lastError: { code: failure.code, message: failure.message } });
        throw new OperationFailure(failure.code, `${label}: ${failure.message}`);
      }
    });
  }
  // The default alert rules (PRODUCT.md §14) evaluate the Azure Monitor workspace created above.
  await step(ALERT_RULES_STEP, async () => {
    try {
      await ensureAlertRuleGroups(clients, plan);
    } catch (error) {
      const failure = toArmFailure(error);
      throw new OperationFailure(failure.code, `${ALERT_RULES_STEP}: ${failure.message}`);
    }
  });
  const [aks, grafana] = await Promise.all([readComponent(clients, plan, "AKS"), readComponent(clients, plan, "GRAFANA")]);
  return clusterFacts(plan, aks as never, grafana as never);
}

async function inClusterVersions(db: Db) {
  const release = await db.release.findFirst({ where: { status: "COMPLETED" }, orderBy: { publishedAt: "desc" } });
  const components = (release?.components ?? {}) as { operator?: string; agent?: string };
  return { operator: components.operator ?? DEFAULT_IN_CLUSTER_VERSIONS.operator, agent: components.agent ?? DEFAULT_IN_CLUSTER_VERSIONS.agent };
}

/** Creates the rows of the planned components (PENDING) without touching rows that exist. */
async function ensureComponentRows(db: Db, clusterId: string, plan: ClusterPlan) {
  const kinds = plannedComponents(plan.settings);
  await db.clusterComponent.createMany({
    data: kinds.map((kind) => ({ clusterId, kind, name: componentName(plan, kind), armId: componentArmId(plan, kind), state: "PENDING" as const })),
    skipDuplicates: true,
  });
}

/** The job's body: runs the operation, then records the outcome on the cluster. */
export async function runInitialization(ctx: Pick<JobContext, "db" | "azure" | "log">, operationId: string): Promise<void> {
  const { db } = ctx;
  let context: { clusterId: string; orgId: string; mode: "initialize" | "rerun" } | null = null;
  const outcome = await runOperation(db, operationId, async (tracker: StepTracker) => {
    const operation = await db.operation.findUniqueOrThrow({ where: { id: operationId } });
    const input = ZInitializeOperationInput.parse(operation.input);
    const cluster = await db.cluster.findUniqueOrThrow({ where: { id: operation.targetId }, include: { connection: true } });
    context = { clusterId: cluster.id, orgId: cluster.orgId, mode: input.mode };
    const plan = planFor(cluster, cluster.connection.subscriptionId, input.settings);
    await ensureComponentRows(db, cluster.id, plan);
    await tracker.plan([...plannedComponents(input.settings).map((kind) => componentSpec(kind).label), ALERT_RULES_STEP]);
    const clients = ctx.azure.clientsFor(cluster.connection.subscriptionId);
    let facts: Awaited<ReturnType<typeof reconcileAzure>>;
    try {
      facts = await reconcileAzure(clients, plan, {
      versions: await inClusterVersions(db),
      maintenanceWindow: parseWindow(cluster.maintenanceWindow) ?? DEFAULT_WINDOW,
      step: (label, run) => tracker.step(label, run),
      progress: async (kind, state, patch = {}) => {
        await db.clusterComponent.updateMany({
          where: { clusterId: cluster.id, kind, name: componentName(plan, kind) },
          data: {
            state,
            checkedAt: new Date(),
            ...(patch.armId !== undefined ? { armId: patch.armId } : {}),
            ...(patch.version !== undefined ? { version: patch.version } : {}),
            ...(patch.lastError !== undefined ? { lastError: patch.lastError ?? Prisma.DbNull } : {}),
          },
        });
      },
    });
    } catch (error) {
      // Record the outcome before the operation is marked failed, so whoever polls the operation
      // finds the cluster Failed (and the ticket opened) as soon as it sees the failure.
      const failure = failureOf(error);
      await db.cluster.update({ where: { id: cluster.id }, data: { status: "FAILED", lastError: failure } });
      await recordAudit(db, { orgId: cluster.orgId, actorKind: "SYSTEM", action: `cluster.${input.mode}.finished`, targetType: "cluster", targetId: cluster.id, outcome: "FAILURE", after: failure });
      ctx.log("cluster initialization failed", { clusterId: cluster.id, operationId, code: failure.code });
      if (input.mode === "rerun") await openFailedRerunTicket(db, cluster.id, operationId, failure);
      throw error;
    }
    const versions = await inClusterVersions(db);
    const loadBalancerIp = await ingressIpToRecord(clients, cluster, componentName(plan, "AKS"), ctx.log);
    await db.$transaction(async (tx) => {
      await tx.cluster.update({
        where: { id: cluster.id },
        data: {
          status: "INITIALIZED",
          actualSettings: input.settings as unknown as Prisma.InputJsonValue,
          initialSettings: { nodeCidr: input.settings.nodeCidr, networkIsolated: input.settings.networkIsolated },
          kubernetesVersion: facts.kubernetesVersion,
          nodeImageVersion: facts.nodeImageVersion,
          grafanaVersion: facts.grafanaVersion,
          grafanaUrl: facts.grafanaUrl,
          appDomain: facts.appDomain,
          ...(loadBalancerIp !== undefined ? { loadBalancerIp } : {}),
          operatorVersion: versions.operator,
          agentVersion: versions.agent,
          lastError: Prisma.DbNull,
          initializedAt: new Date(),
        },
      });
      await tx.namespace.upsert({ where: { clusterId: cluster.id }, create: { clusterId: cluster.id, name: `${cluster.name}-apps` }, update: {} });
    });
    return { components: plannedComponents(input.settings).length, ...facts };
  }, async (tx, result) => {
    if (result.status !== "SUCCEEDED" || !context) return;
    const { clusterId, orgId, mode } = context as { clusterId: string; orgId: string; mode: "initialize" | "rerun" };
    await recordAudit(tx, { orgId, actorKind: "SYSTEM", action: `cluster.${mode}.finished`, targetType: "cluster", targetId: clusterId, outcome: "SUCCESS" });
  });
  if (outcome === "SUCCEEDED" && context) ctx.log("cluster initialized", { clusterId: (context as { clusterId: string }).clusterId, operationId });
}

/**
 * A failed rerun opens a High ticket by itself, with the recent logs (through the support
 * center's openAutomaticTicket). One ticket per failed operation, also when the job is retried.
 */
export async function openFailedRerunTicket(db: Db, clusterId: string, operationId: string, error: { code: string; message: string }) {
  const marker = `Operation ${operationId}`;
  const existing = await db.ticket.findFirst({ where: { clusterId, createdBySystem: true, description: { contains: marker } } });
  if (existing) return existing;
  const cluster = await db.cluster.findUniqueOrThrow({ where: { id: clusterId }, include: { components: { where: { state: "FAILED" } } } });
  const failed = cluster.components.map((component) => {
    const lastError = (component.lastError ?? {}) as { code?: string; message?: string };
    return `- ${componentSpec(component.kind).label}: ${lastError.code ?? "Failed"}${lastError.message ? ` ${lastError.message}` : ""}`;
  });
  return openAutomaticTicket(db, {
    clusterId,
    subject: `Initialization of ${cluster.name} failed again after a rerun`,
    description: [
      `The portal opened this ticket because rerun #${cluster.rerunCount} of the initialization of ${cluster.name} failed.`,
      `Error: ${error.code}: ${error.message}`,
      failed.length ? `Failed components:\n${failed.join("\n")}` : "",
      `${marker}. Recent logs are attached.`,
    ]
      .filter(Boolean)
      .join("\n\n"),
  });
}
