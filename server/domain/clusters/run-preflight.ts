import "server-only";
import { z } from "zod";
import { textsIn } from "@/lib/i18n/catalogue";
import { initializeCatalogue } from "@/lib/i18n/catalogues/messages-initialize";
import type { Locale } from "@/lib/i18n/locales";
import { PREFLIGHT_ORDER, type PreflightCheck, type PreflightCheckId, type PreflightResult } from "@/lib/preflight";
import { DEFAULT_CLUSTER_SETTINGS } from "@/lib/cluster-settings";
import { assertCan, canSeeClusterStatus, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import { toArmFailure } from "../../azure/arm";
import type { AzureClients } from "../../azure/client-factory";
import type { AzureGateway } from "../../azure/gateway";
import type { Db, DbOrTx } from "../../db";
import { AppError, notFound } from "../../errors";
import { clusterScope } from "../../store/clusters";
import { ENGLISH_PREFLIGHT, evaluateEntitlement, evaluateOwner, evaluateProviders, evaluateVmSize, offeredVmSizes, REQUIRED_PROVIDERS, type PreflightTexts, type SkuFacts } from "./preflight-checks";

export const ZPreflightInput = z.object({
  nodeVmSize: z.string().regex(/^Standard_[A-Za-z0-9_]+$/, "Choose an Azure VM size such as Standard_D4s_v5.").optional(),
  /** Register the missing resource providers before checking (the wizard's "Register" action). */
  registerProviders: z.boolean().optional(),
});
export type PreflightInput = z.infer<typeof ZPreflightInput>;

interface Facts {
  clients: AzureClients;
  subscriptionId: string;
  region: string;
  principalId: string | null;
  org: { trialEndsAt: Date | null; cloudTokens: number };
  environmentsInOrg: number;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Runs every check against Azure (and the database facts); a check whose Azure call fails is Failed with Azure's message. */
export async function evaluatePreflight(facts: Facts, nodeVmSize: string, now = new Date(), texts: PreflightTexts = ENGLISH_PREFLIGHT): Promise<PreflightResult> {
  const { clients } = facts;
  let vmSizes: string[] = [];
  const run = async (id: PreflightCheckId, check: () => Promise<PreflightCheck>): Promise<PreflightCheck> => {
    try {
      return await check();
    } catch (error) {
      const failure = toArmFailure(error);
      return { id, label: texts.labels[id], status: "failed", message: texts.t.azureFailed(failure.code, failure.message), fixHint: texts.t.azureFailedFix };
    }
  };
  const checks = await Promise.all([
    run("providers", async () => evaluateProviders(await collect(clients.resources.providers.list()), texts)),
    run("vmSize", async () => {
      const skus = (await collect(clients.compute.resourceSkus.list({ filter: `location eq '${facts.region}'` }))) as SkuFacts[];
      vmSizes = offeredVmSizes(skus, facts.region);
      return evaluateVmSize(skus, nodeVmSize, facts.region, texts);
    }),
    run("owner", async () => {
      if (!facts.principalId) return evaluateOwner(null, [], facts.subscriptionId, texts);
      const assignments = await collect(
        clients.authorization.roleAssignments.listForScope(`/subscriptions/${facts.subscriptionId}`, { filter: `assignedTo('${facts.principalId}')` }),
      );
      return evaluateOwner(facts.principalId, assignments, facts.subscriptionId, texts);
    }),
    run("entitlement", async () => evaluateEntitlement(facts.org, facts.environmentsInOrg, now, texts)),
  ]);
  checks.sort((a, b) => PREFLIGHT_ORDER.indexOf(a.id) - PREFLIGHT_ORDER.indexOf(b.id));
  return { checks, vmSizes, region: facts.region, ok: checks.every((check) => check.status === "done") };
}

/** The facts of one cluster and user that the checks need. */
export async function preflightFacts(db: DbOrTx, azure: AzureGateway, actor: Actor, cluster: { orgId: string; region: string; connectionId: string }): Promise<Facts> {
  const [connection, user, org, environmentsInOrg] = await Promise.all([
    db.azureConnection.findUniqueOrThrow({ where: { id: cluster.connectionId } }),
    db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { azurePrincipalId: true } }),
    db.organization.findUniqueOrThrow({ where: { id: cluster.orgId }, select: { trialEndsAt: true, cloudTokens: true } }),
    db.environment.count({ where: { orgId: cluster.orgId } }),
  ]);
  return {
    clients: azure.clientsFor(connection.subscriptionId),
    subscriptionId: connection.subscriptionId,
    region: cluster.region,
    principalId: user.azurePrincipalId,
    org,
    environmentsInOrg,
  };
}

/**
 * A cluster of one of the actor's organisations, whatever its status (so that a member asking to
 * initialize gets 403, not 404); another organisation's cluster does not exist for them (404).
 */
export async function findOrgCluster(db: DbOrTx, actor: Actor, clusterId: string) {
  if (!z.string().uuid().safeParse(clusterId).success) throw notFound("Cluster");
  // The same scope as every read: a cluster the actor cannot see (another organisation's, or for a
  // member one that is not initialized) does not exist for them.
  const cluster = await db.cluster.findFirst({ where: { AND: [{ id: clusterId }, clusterScope(actor)] } });
  if (!cluster || !canSeeClusterStatus(actor, cluster.orgId, cluster.status)) throw notFound("Cluster");
  return cluster;
}

/** POST /clusters/{id}/preflight: owner only; optionally registers missing providers first; worded in `locale`. */
export async function runPreflight(db: Db, azure: AzureGateway, actor: Actor, clusterId: string, input: PreflightInput, locale: Locale = "en"): Promise<PreflightResult> {
  const cluster = await findOrgCluster(db, actor, clusterId);
  assertCan(actor, "initialize:cluster", cluster.orgId);
  if (cluster.status !== "READY_TO_INITIALIZE" && cluster.status !== "FAILED") {
    throw new AppError("conflict", "Pre-flight checks are for clusters waiting for initialization.");
  }
  const facts = await preflightFacts(db, azure, actor, cluster);
  if (input.registerProviders) {
    const providers = await collect(facts.clients.resources.providers.list());
    const registered = new Set(providers.filter((p) => p.registrationState === "Registered").map((p) => p.namespace?.toLowerCase()));
    const missing = REQUIRED_PROVIDERS.filter((ns) => !registered.has(ns.toLowerCase()));
    for (const ns of missing) await facts.clients.resources.providers.register(ns);
    if (missing.length) {
      await recordAudit(db, { orgId: cluster.orgId, actor, action: "subscription.register-providers", targetType: "cluster", targetId: cluster.id, after: { providers: missing } });
    }
  }
  const { PREFLIGHT_LABELS: labels, preflightMessages: t } = textsIn(initializeCatalogue, locale);
  return evaluatePreflight(facts, input.nodeVmSize ?? DEFAULT_CLUSTER_SETTINGS.nodeVmSize, new Date(), { labels, t });
}
