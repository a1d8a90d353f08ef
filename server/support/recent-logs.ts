import "server-only";
import type { DbOrTx } from "../db";
import { redactSecrets } from "../domain/support/redact-secrets";

export interface RecentLogs {
  collectedAt: string;
  cluster: { name: string; status: string; region: string; lastError: unknown; rerunCount: number };
  operations: { kind: string; status: string; error: unknown; steps: unknown; createdAt: string; startedAt: string | null; finishedAt: string | null }[];
  failedComponents: { kind: string; name: string; state: string; error: unknown; checkedAt: string | null }[];
  environments: { name: string; state: string; instances: number; runtimeVersion: string | null; selected: boolean }[];
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The "recent logs" attached to a ticket: the cluster's last operations (without their inputs,
 * which may hold settings and secrets), failed components with their Azure error, and the
 * environment states. Everything passes through redactSecrets before it is stored.
 */
export async function collectRecentLogs(db: DbOrTx, clusterId: string, options: { environmentId?: string | null; now?: Date } = {}): Promise<RecentLogs> {
  const cluster = await db.cluster.findUniqueOrThrow({
    where: { id: clusterId },
    select: {
      name: true,
      status: true,
      region: true,
      lastError: true,
      rerunCount: true,
      components: { where: { state: "FAILED" }, orderBy: { kind: "asc" }, select: { kind: true, name: true, state: true, lastError: true, checkedAt: true } },
      environments: { orderBy: { name: "asc" }, take: 50, select: { id: true, name: true, state: true, instances: true, runtimeVersion: true } },
      operations: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { kind: true, status: true, error: true, steps: true, createdAt: true, startedAt: true, finishedAt: true },
      },
    },
  });
  const logs: RecentLogs = {
    collectedAt: (options.now ?? new Date()).toISOString(),
    cluster: { name: cluster.name, status: cluster.status, region: cluster.region, lastError: cluster.lastError, rerunCount: cluster.rerunCount },
    operations: cluster.operations.map((operation) => ({
      kind: operation.kind,
      status: operation.status,
      error: operation.error,
      steps: operation.steps,
      createdAt: operation.createdAt.toISOString(),
      startedAt: iso(operation.startedAt),
      finishedAt: iso(operation.finishedAt),
    })),
    failedComponents: cluster.components.map((component) => ({
      kind: component.kind,
      name: component.name,
      state: component.state,
      error: component.lastError,
      checkedAt: iso(component.checkedAt),
    })),
    environments: cluster.environments.map((environment) => ({
      name: environment.name,
      state: environment.state,
      instances: environment.instances,
      runtimeVersion: environment.runtimeVersion,
      selected: environment.id === options.environmentId,
    })),
  };
  return redactSecrets(logs) as RecentLogs;
}
