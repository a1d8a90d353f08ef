import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { componentSpec } from "@/lib/cluster-components";
import { formatWindow } from "@/lib/maintenance-window";
import { UPDATE_STEPS } from "@/lib/messages-updates";
import type { ComponentVersions } from "@/lib/releases";
import { ensureMaintenanceWindow, readMaintenanceWindow, upgradeKubernetes, upgradeNodeImages } from "../../azure/cluster-updates";
import type { Db } from "../../db";
import { runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { finishClusterUpdate } from "./finish-cluster-update";
import { clusterWindow } from "./update-rules";

export const ZClusterUpdateInput = z.object({ updateId: z.string().uuid() });

async function setComponentVersion(db: Db, clusterId: string, kind: "AKS" | "OPERATOR" | "AGENT" | "GRAFANA", version: string) {
  await db.clusterComponent.updateMany({ where: { clusterId, kind }, data: { version, checkedAt: new Date() } });
}

/**
 * The job's body: brings one cluster to a release's versions, one step per component, each
 * reading Azure first so a resumed operation repeats nothing; every new version is recorded on
 * the cluster as soon as Azure has it. The update's outcome is recorded afterwards.
 */
export async function runClusterUpdate(ctx: Pick<JobContext, "db" | "azure" | "log">, operationId: string): Promise<void> {
  const { db } = ctx;
  let updateId: string | null = null;
  await runOperation(db, operationId, async (tracker) => {
    const operation = await db.operation.findUniqueOrThrow({ where: { id: operationId } });
    updateId = ZClusterUpdateInput.parse(operation.input).updateId;
    const update = await db.clusterUpdate.findUniqueOrThrow({ where: { id: updateId }, include: { release: true, cluster: { include: { connection: true } } } });
    const { cluster } = update;
    const target = update.release.components as ComponentVersions;
    const clients = ctx.azure.clientsFor(cluster.connection.subscriptionId);
    const rg = cluster.managedResourceGroup;
    const aks = componentSpec("AKS").name(cluster.name);
    await tracker.plan([
      UPDATE_STEPS.window,
      ...(target.kubernetes ? [UPDATE_STEPS.kubernetes] : []),
      ...(target.nodeImage ? [UPDATE_STEPS.nodeImage] : []),
      ...(target.operator || target.agent ? [UPDATE_STEPS.inCluster] : []),
      ...(target.grafana ? [UPDATE_STEPS.grafana] : []),
    ]);
    await db.cluster.updateMany({ where: { id: cluster.id, status: "INITIALIZED" }, data: { status: "UPDATING" } });

    await tracker.step(UPDATE_STEPS.window, async () => {
      // Azure holds the window; the portal's copy follows it (and a missing one is set again).
      const azure = await readMaintenanceWindow(clients, rg, aks);
      if (!azure) await ensureMaintenanceWindow(clients, rg, aks, clusterWindow(cluster));
      else if (formatWindow(azure) !== cluster.maintenanceWindow) await db.cluster.update({ where: { id: cluster.id }, data: { maintenanceWindow: formatWindow(azure) } });
    });
    if (target.kubernetes) {
      const version = target.kubernetes;
      await tracker.step(UPDATE_STEPS.kubernetes, async () => {
        const now = await upgradeKubernetes(clients, rg, aks, version);
        await db.cluster.update({ where: { id: cluster.id }, data: { kubernetesVersion: now } });
        await setComponentVersion(db, cluster.id, "AKS", now);
      });
    }
    if (target.nodeImage) {
      await tracker.step(UPDATE_STEPS.nodeImage, async () => {
        const image = await upgradeNodeImages(clients, rg, aks);
        if (image) await db.cluster.update({ where: { id: cluster.id }, data: { nodeImageVersion: image } });
      });
    }
    if (target.operator || target.agent) {
      await tracker.step(UPDATE_STEPS.inCluster, async () => {
        // The operator and agent are rolled out by the cluster's own bootstrap, as at initialization.
        await db.cluster.update({ where: { id: cluster.id }, data: { ...(target.operator ? { operatorVersion: target.operator } : {}), ...(target.agent ? { agentVersion: target.agent } : {}) } });
        if (target.operator) await setComponentVersion(db, cluster.id, "OPERATOR", target.operator);
        if (target.agent) await setComponentVersion(db, cluster.id, "AGENT", target.agent);
      });
    }
    if (target.grafana) {
      const version = target.grafana;
      await tracker.step(UPDATE_STEPS.grafana, async () => {
        await db.cluster.update({ where: { id: cluster.id }, data: { grafanaVersion: version } });
        await setComponentVersion(db, cluster.id, "GRAFANA", version);
      });
    }
    const after = await db.cluster.findUniqueOrThrow({ where: { id: cluster.id } });
    return { release: update.release.version, kubernetes: after.kubernetesVersion, nodeImage: after.nodeImageVersion, operator: after.operatorVersion, agent: after.agentVersion, grafana: after.grafanaVersion } as Prisma.InputJsonValue;
  });
  if (updateId) await finishClusterUpdate(db, updateId);
}
