import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { ZCreateEnvironment, type CreateEnvironmentInput } from "@/lib/environment-schemas";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { dataNamesFor } from "../../environments/data-plane-names";
import { AppError } from "../../errors";
import { startOperation } from "../../jobs/enqueue";
import { environmentCreateJob } from "../../jobs/environment-create";
import { moveApproval } from "../../store/approvals";
import { findEnvironmentCluster, orgEntitlementFacts } from "../../store/environments";
import { parseInput } from "../../validate";
import { approvalMessages } from "@/lib/messages-approvals";
import { environmentMessages } from "@/lib/messages-environments";
import { isJitOrg, requestApproval } from "../approvals/request-approval";
import type { EnvironmentDeps } from "./deps";
import { environmentEntitlement, freePeriodEnd } from "./entitlement";
import { appHost } from "./environment-target";

export interface CreateEnvironmentOptions {
  /** Runs an approved request of the JIT plan under this operation id (the request is Executing). */
  held?: { approvalId: string; operationId: string };
}

export type CreateEnvironmentResult =
  | { held: false; operation: Awaited<ReturnType<typeof startOperation>>; environment: { id: string; freeUntil: Date | null }; approvalId: string | null }
  | { held: true; approvalId: string };

/**
 * Creates an environment in an initialized cluster's namespace (manager or owner): checked against
 * the organisation's trial or cloud tokens, then the `environment.create` job provisions its
 * database and files and writes its MendixApp. On the JIT plan the creation is held as an approval
 * request (unless an auto-approval window covers it) and runs when an approver approves it.
 */
export async function createEnvironment(db: Db, deps: EnvironmentDeps, actor: Actor, clusterId: string, input: unknown, options: CreateEnvironmentOptions = {}): Promise<CreateEnvironmentResult> {
  const cluster = await findEnvironmentCluster(db, actor, clusterId);
  assertCan(actor, "manage:environments", cluster.orgId);
  const { name, plan } = parseInput(ZCreateEnvironment, input);
  if (cluster.status !== "INITIALIZED" || !cluster.namespace) throw new AppError("conflict", "Environments can be created once the cluster is initialized.");
  const now = deps.now ?? new Date();
  let held = options.held;
  if (!held && (await isJitOrg(db, cluster.orgId))) {
    // Refuse at once what would be refused when it runs: a taken name, no trial or tokens.
    if (await db.environment.findFirst({ where: { clusterId: cluster.id, name }, select: { id: true } })) throw new AppError("conflict", `An environment named ${name} already exists in this cluster.`, { name: ["This name is taken."] });
    const facts = await orgEntitlementFacts(db, cluster.orgId);
    const verdict = environmentEntitlement(facts, facts.environments, now);
    if (!verdict.allowed) throw new AppError("conflict", verdict.reason);
    const operationId = randomUUID();
    const summary = approvalMessages.summaries.environmentCreate(name, environmentMessages.plans[plan] ?? plan);
    const outcome = await requestApproval(db, actor, { kind: "environment_create", cluster, payload: { name, plan }, summary }, { operationId, now });
    if (!outcome.autoApproved) return { held: true, approvalId: outcome.request.id };
    held = { approvalId: outcome.request.id, operationId };
  }
  try {
    return { held: false, ...(await insertAndStart(db, deps, actor, cluster, { name, plan }, now, held)), approvalId: held?.approvalId ?? null };
  } catch (error) {
    if (held) await moveApproval(db, held.approvalId, "EXECUTING", { state: "FAILED", error: { code: error instanceof AppError ? error.code : "internal", message: error instanceof Error ? error.message : String(error) } });
    throw error;
  }
}

type EnvironmentCluster = Awaited<ReturnType<typeof findEnvironmentCluster>>;

/** Writes the environment row (checked against trial or tokens under a lock) and queues its creation. */
async function insertAndStart(db: Db, deps: EnvironmentDeps, actor: Actor, cluster: EnvironmentCluster, input: CreateEnvironmentInput, now: Date, held: CreateEnvironmentOptions["held"]) {
  const { name, plan } = input;
  const id = randomUUID();
  const names = dataNamesFor(id);
  const url = appHost(name, cluster.appDomain);

  // The row, its operation and the audit in one transaction: an environment never exists without
  // the operation that creates it.
  const created = await db.$transaction(async (tx) => {
    // One creation at a time per organisation, so two requests cannot both spend the last tokens.
    await tx.$queryRaw`SELECT id FROM organizations WHERE id = ${cluster.orgId}::uuid FOR UPDATE`;
    const org = await tx.organization.findUniqueOrThrow({ where: { id: cluster.orgId } });
    const verdict = environmentEntitlement(org, await tx.environment.count({ where: { orgId: org.id } }), now);
    if (!verdict.allowed) return verdict;
    let environment;
    try {
      environment = await tx.environment.create({
        data: { id, orgId: cluster.orgId, clusterId: cluster.id, namespaceId: cluster.namespace!.id, name, plan, instances: 1, state: "CREATING", ...names, url: url ? `https://${url}` : null, freeUntil: freePeriodEnd(now) },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", `An environment named ${name} already exists in this cluster.`, { name: ["This name is taken."] });
      throw error;
    }
    const operation = await startOperation(tx, deps.boss, environmentCreateJob, actor, {
      ...(held ? { id: held.operationId } : {}),
      kind: "environment.create",
      orgId: cluster.orgId,
      clusterId: cluster.id,
      environmentId: environment.id,
      targetType: "environment",
      targetId: environment.id,
      input: { name, plan },
    });
    await recordAudit(tx, { orgId: cluster.orgId, actor, action: "environment.create", targetType: "environment", targetId: environment.id, after: { name, plan, freeUntil: environment.freeUntil?.toISOString() ?? null, operationId: operation.id, ...(held ? { approvalId: held.approvalId } : {}) } });
    return { operation, environment };
  });
  if ("allowed" in created) {
    await recordAudit(db, { orgId: cluster.orgId, actor, action: "environment.create", targetType: "cluster", targetId: cluster.id, outcome: "DENIED", after: { name, plan, reason: created.reason } });
    throw new AppError("conflict", created.reason);
  }
  return created;
}
