import "server-only";
import { z } from "zod";
import { Prisma, type ComponentState } from "@/generated/prisma/client";
import { COMPONENT_SPECS, componentSpec } from "@/lib/cluster-components";
import { missingComponentState } from "@/lib/component-health";
import { createResourceProbe, type ProbeResult } from "../azure/resource-probe";
import { ingressIpToRecord } from "../domain/clusters/ingress-ip";
import { detectDrift } from "../domain/settings/detect-drift";
import { runOperation } from "./operation-runner";
import type { JobDefinition } from "./types";

function stateOf(result: ProbeResult): { state: ComponentState; lastError: Prisma.InputJsonValue | null } {
  if (!result.found) return { state: "FAILED", lastError: { code: result.code, message: result.message } };
  switch (result.provisioningState) {
    case "Succeeded":
      return { state: "SUCCEEDED", lastError: null };
    case "Failed":
    case "Canceled":
      return { state: "FAILED", lastError: { code: `Provisioning${result.provisioningState}`, message: `Azure reports provisioning state ${result.provisioningState}.` } };
    case "Deleting":
      return { state: "DELETING", lastError: null };
    default:
      return { state: "PROVISIONING", lastError: null };
  }
}

const COMPONENT_ORDER = COMPONENT_SPECS.map((spec) => spec.kind);

/** Re-reads every component of a cluster from Azure and records its health and versions. */
export const refreshClusterStatusJob: JobDefinition<{ operationId: string }> = {
  name: "cluster.refresh-status",
  schema: z.object({ operationId: z.string().uuid() }),
  retryLimit: 2,
  expireInSeconds: 300,
  async handle(ctx, { operationId }) {
    await runOperation(ctx.db, operationId, async (tracker) => {
      const operation = await ctx.db.operation.findUniqueOrThrow({ where: { id: operationId } });
      const cluster = await ctx.db.cluster.findUniqueOrThrow({ where: { id: operation.targetId }, include: { components: true, connection: true } });
      const clients = ctx.azure.clientsFor(cluster.connection.subscriptionId);
      const probe = createResourceProbe(clients.resources);
      const components = [...cluster.components].sort(
        (a, b) => COMPONENT_ORDER.indexOf(a.kind) - COMPONENT_ORDER.indexOf(b.kind),
      );
      await tracker.plan(components.map((component) => componentSpec(component.kind).label));
      let aks: ProbeResult | null = null;
      for (const component of components) {
        await tracker.step(componentSpec(component.kind).label, async () => {
          // The operator and agent run inside AKS: they are as healthy as the cluster they run in.
          const result: ProbeResult = component.armId
            ? await probe(component.armId)
            : aks ?? { found: false, code: "ClusterMissing", message: "The Kubernetes service was not found." };
          if (component.kind === "AKS") aks = result;
          const { state, lastError } = result.found ? stateOf(result) : (missingComponentState(component, result) as ReturnType<typeof stateOf>);
          const version = component.kind === "AKS" && result.found ? String(result.properties.currentKubernetesVersion ?? result.properties.kubernetesVersion ?? "") || null : component.version;
          await ctx.db.clusterComponent.update({
            where: { id: component.id },
            data: { state, lastError: lastError ?? Prisma.DbNull, version, checkedAt: new Date() },
          });
          if (component.kind === "AKS") {
            // The apps' address sits in front of AKS (its node resource group's load balancer).
            const loadBalancerIp = result.found ? await ingressIpToRecord(clients, cluster, component.name, ctx.log) : undefined;
            const facts = { ...(version ? { kubernetesVersion: version } : {}), ...(loadBalancerIp !== undefined ? { loadBalancerIp } : {}) };
            if (Object.keys(facts).length) await ctx.db.cluster.update({ where: { id: cluster.id }, data: facts });
          }
        });
      }
      const failed = await ctx.db.clusterComponent.count({ where: { clusterId: cluster.id, state: "FAILED" } });
      // Refresh also compares Azure with the desired settings (drift); a failed comparison does not fail the refresh.
      const drift = await detectDrift(ctx.db, ctx.azure, cluster.id, "refresh").catch((error: Error) => {
        ctx.log("drift check failed", { clusterId: cluster.id, error: error.message });
        return null;
      });
      return { components: components.length, failed, drifted: drift?.components?.length ?? 0 };
    });
  },
};

