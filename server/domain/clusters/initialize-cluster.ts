import "server-only";
import type PgBoss from "pg-boss";
import { Prisma } from "@/generated/prisma/client";
import { ZClusterSettings, type ClusterSettings } from "@/lib/cluster-settings";
import type { Locale } from "@/lib/i18n/locales";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { AzureGateway } from "../../azure/gateway";
import type { Db, DbOrTx } from "../../db";
import { AppError } from "../../errors";
import { invalidInput, settingsFields } from "../../validate";
import { startOperation } from "../../jobs/enqueue";
import { initializeClusterJob } from "../../jobs/initialize-cluster";
import { inspectCaCertificate } from "../settings/ca-certificate";
import { valueRefusals } from "../settings/transition-rules";
import type { InitializeOperationInput } from "./reconcile-cluster";
import { evaluatePreflight, findOrgCluster, preflightFacts } from "./run-preflight";

/** Field errors in the shape the API and the wizard use ({ "tags.costCenter": ["Custom tags: …"] }), in the person's language. */
export function parseSettings(input: unknown, locale?: Locale | null): ClusterSettings {
  const parsed = ZClusterSettings.safeParse(input ?? {}, { reportInput: true });
  if (!parsed.success) throw invalidInput(parsed.error, settingsFields(locale), "Some provision options are not valid.");
  const fields: Record<string, string[]> = {};
  // The service's rules on values (confidential VM sizes, reserved ranges, the custom CA) hold at initialization too.
  for (const refusal of valueRefusals(parsed.data)) (fields[refusal.key] ??= []).push(refusal.message);
  if (parsed.data.customCaCertificate) {
    const ca = inspectCaCertificate(parsed.data.customCaCertificate);
    if (!ca.ok) (fields.customCaCertificate ??= []).push(ca.message);
  }
  if (Object.keys(fields).length) throw new AppError("invalid_input", "Some provision options are not valid.", fields);
  return parsed.data;
}

/**
 * Starts the initialization of a cluster waiting for it: owner only, options validated, the
 * pre-flight checks run again on the server, then the cluster moves to Initializing and the
 * `cluster.initialize` job is queued. Never on a Failed cluster (that is what Rerun is for).
 */
export async function initializeCluster(db: Db, boss: PgBoss, azure: AzureGateway, actor: Actor, clusterId: string, input: unknown) {
  const cluster = await findOrgCluster(db, actor, clusterId);
  assertCan(actor, "initialize:cluster", cluster.orgId);
  const settings = parseSettings(input, actor.locale);
  if (cluster.status !== "READY_TO_INITIALIZE") {
    throw new AppError("conflict", cluster.status === "FAILED" ? "This cluster's initialization failed; use Rerun to continue it." : "This cluster is not waiting for initialization.");
  }
  const preflight = await evaluatePreflight(await preflightFacts(db, azure, actor, cluster), settings.nodeVmSize);
  const failed = preflight.checks.filter((check) => check.status !== "done");
  if (failed.length) {
    throw new AppError("conflict", `Pre-flight checks failed: ${failed.map((check) => `${check.label}: ${check.message}`).join(" ")}`);
  }
  // Claim the cluster, queue its operation and audit in one transaction: of two simultaneous
  // requests exactly one moves it to Initializing, and a claim never outlives a failed queueing.
  const operation = await db.$transaction(async (tx) => {
    const claimed = await tx.cluster.updateMany({
      where: { id: cluster.id, status: "READY_TO_INITIALIZE" },
      data: { status: "INITIALIZING", desiredSettings: settings as unknown as Prisma.InputJsonValue, lastError: Prisma.DbNull },
    });
    if (claimed.count === 0) return null;
    const started = await queueInitialization(tx, boss, actor, cluster, { settings, mode: "initialize" });
    await recordAudit(tx, { orgId: cluster.orgId, actor, action: "cluster.initialize", targetType: "cluster", targetId: cluster.id, before: { status: cluster.status }, after: { status: "INITIALIZING", settings } as unknown as Prisma.InputJsonValue });
    return started;
  });
  if (!operation) throw new AppError("conflict", "This cluster is already being initialized.");
  return operation;
}

/** Queues the `cluster.initialize` job for a cluster the caller has just claimed. */
export function queueInitialization(db: DbOrTx, boss: PgBoss, actor: Actor, cluster: { id: string; orgId: string }, input: InitializeOperationInput, purpose?: string) {
  return startOperation(db, boss, initializeClusterJob, actor, {
    kind: initializeClusterJob.name,
    orgId: cluster.orgId,
    clusterId: cluster.id,
    targetType: "cluster",
    targetId: cluster.id,
    input: input as unknown as Prisma.InputJsonValue,
    purpose,
  });
}
