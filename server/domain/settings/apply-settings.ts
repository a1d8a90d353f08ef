import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { ZClusterSettings } from "@/lib/cluster-settings";
import { recordAudit } from "../../audit/record";
import { ALERT_RULES_STEP } from "@/lib/alert-rules";
import { alertRuleGroupsToRetag, retagAlertRuleGroups } from "../../azure/alert-rules";
import { toArmFailure } from "../../azure/arm";
import type { AzureClients } from "../../azure/client-factory";
import { ensureComponent } from "../../azure/cluster-resources";
import { applyTarget, ensureReplica, readTarget, TargetFailure } from "../../azure/settings-adapter";
import { changedFields, SETTINGS_TARGETS, type TargetSpec } from "../../azure/settings-targets";
import { componentName, type ClusterPlan } from "../../azure/transform";
import { failureOf, OperationFailure, runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { ingressIpToRecord } from "../clusters/ingress-ip";
import { planFor } from "../clusters/reconcile-cluster";
import { auditValues } from "./settings-context";
import { changedKeys } from "./transition-rules";

// The apply job of a settings change and of Recover: one step per Azure resource that differs
// from the desired settings, each writing only the differing properties. Resumable: every attempt
// re-reads Azure, so finished resources are not written again. On failure the applied settings
// stay the old ones and the failure names the resource and the property Azure refused.

export const ZSettingsOperationInput = z.object({
  mode: z.enum(["apply", "recover"]),
  settings: ZClusterSettings,
  from: ZClusterSettings,
});
export type SettingsOperationInput = z.infer<typeof ZSettingsOperationInput>;

interface Work {
  spec: TargetSpec;
  action: "write" | "create-missing" | "replica";
}

/** Reads every resource and lists the writes the desired settings need now, in a safe order. */
async function pendingWork(clients: AzureClients, plan: ClusterPlan): Promise<Work[]> {
  const work: Work[] = [];
  const first: Work[] = [];
  for (const spec of SETTINGS_TARGETS) {
    const actual = await readTarget(clients, plan, spec);
    if (spec.id === "REPLICA") {
      if (Boolean(actual) !== plan.settings.readReplica) (plan.settings.readReplica ? work : first).push({ spec, action: "replica" });
      else if (actual && changedFields(spec, plan, actual).length) work.push({ spec, action: "write" });
      continue;
    }
    if (!actual) work.push({ spec, action: "create-missing" });
    else if (changedFields(spec, plan, actual).length) work.push({ spec, action: "write" });
  }
  // A replica that goes away goes first (the primary may then move to a tier without replicas).
  return [...first, ...work];
}

async function runWork(clients: AzureClients, plan: ClusterPlan, item: Work) {
  if (item.action === "replica") return ensureReplica(clients, plan, item.spec, plan.settings.readReplica);
  if (item.action === "create-missing") {
    try {
      await ensureComponent(clients, plan, item.spec.kind);
    } catch (error) {
      throw new TargetFailure(item.spec, [], toArmFailure(error));
    }
    return;
  }
  return applyTarget(clients, plan, item.spec);
}

function describeFailure(error: unknown) {
  if (error instanceof TargetFailure) {
    return { resource: error.target.label, property: error.properties.join(", ") || undefined, code: error.code, message: error.message };
  }
  return failureOf(error) as { resource?: string; property?: string; code: string; message: string };
}

export async function runSettingsOperation(ctx: Pick<JobContext, "db" | "azure" | "log">, operationId: string): Promise<void> {
  const { db } = ctx;
  await runOperation(db, operationId, async (tracker) => {
    const operation = await db.operation.findUniqueOrThrow({ where: { id: operationId }, include: { requestedBy: { select: { email: true } } } });
    const input = ZSettingsOperationInput.parse(operation.input);
    const cluster = await db.cluster.findUniqueOrThrow({ where: { id: operation.targetId }, include: { connection: true } });
    const plan = planFor(cluster, cluster.connection.subscriptionId, input.settings);
    const clients = ctx.azure.clientsFor(cluster.connection.subscriptionId);
    const keys = changedKeys(input.from, input.settings);
    const who = { actorId: operation.requestedById, actorEmail: operation.requestedBy?.email ?? null, actorKind: operation.requestedById ? ("USER" as const) : ("SYSTEM" as const) };
    const action = input.mode === "recover" ? "cluster.recover.finished" : "cluster.settings.applied";
    const changes = { before: auditValues(keys, input.from), after: { ...auditValues(keys, input.settings), operationId } };

    let written = 0;
    let refused: ReturnType<typeof describeFailure> | null = null;
    try {
      const work = await pendingWork(clients, plan);
      // The default alert rule groups carry the cluster's tags too (they are not settings targets).
      const retag = await alertRuleGroupsToRetag(clients, plan);
      await tracker.plan([...work.map((item) => item.spec.label), ...(retag.length ? [ALERT_RULES_STEP] : [])]);
      for (const item of work) {
        await tracker.step(item.spec.label, async () => {
          try {
            await runWork(clients, plan, item);
            written++;
          } catch (error) {
            const failure = describeFailure(error);
            refused = { ...failure, resource: failure.resource ?? item.spec.label };
            throw new OperationFailure(failure.code, `${failure.resource ?? "Azure"}${failure.property ? ` (${failure.property})` : ""}: ${failure.message}`);
          }
        });
      }
      if (retag.length) {
        await tracker.step(ALERT_RULES_STEP, async () => {
          try {
            await retagAlertRuleGroups(clients, plan, retag);
            written += retag.length;
          } catch (error) {
            const failure = toArmFailure(error);
            refused = { resource: ALERT_RULES_STEP, property: "tags", code: failure.code, message: failure.message };
            throw new OperationFailure(failure.code, `${ALERT_RULES_STEP} (tags): ${failure.message}`);
          }
        });
      }
    } catch (error) {
      // The outcome is on the cluster before the operation is marked failed (pollers see both at once).
      const cause = error instanceof OperationFailure ? error : (({ code, message }) => new OperationFailure(code, message))(failureOf(error));
      const named = refused as ReturnType<typeof describeFailure> | null;
      const failure = {
        operationId,
        at: new Date().toISOString(),
        ...(named?.resource ? { resource: named.resource } : {}),
        ...(named?.property ? { property: named.property } : {}),
        code: cause.code,
        message: named?.message ?? cause.message,
      };
      await db.cluster.updateMany({ where: { id: cluster.id, settingsOperationId: operationId }, data: { settingsFailure: failure, settingsOperationId: null } });
      await recordAudit(db, { orgId: cluster.orgId, ...who, action, targetType: "cluster", targetId: cluster.id, outcome: "FAILURE", before: changes.before as Prisma.InputJsonValue, after: { ...changes.after, error: failure } as Prisma.InputJsonValue });
      ctx.log("settings apply failed", { clusterId: cluster.id, operationId, code: cause.code });
      throw cause;
    }
    // Switching the load balancer between public and internal gives the apps another address.
    const loadBalancerIp = keys.includes("loadBalancer") ? await ingressIpToRecord(clients, cluster, componentName(plan, "AKS"), ctx.log) : undefined;
    await db.cluster.updateMany({
      where: { id: cluster.id, settingsOperationId: operationId },
      data: {
        ...(loadBalancerIp !== undefined ? { loadBalancerIp } : {}),
        actualSettings: input.settings as unknown as Prisma.InputJsonValue,
        settingsFailure: Prisma.DbNull,
        settingsDrift: Prisma.DbNull,
        driftCheckedAt: new Date(),
        settingsOperationId: null,
      },
    });
    await recordAudit(db, { orgId: cluster.orgId, ...who, action, targetType: "cluster", targetId: cluster.id, before: changes.before as Prisma.InputJsonValue, after: changes.after as Prisma.InputJsonValue });
    return { resourcesWritten: written, settings: keys };
  });
}
