import "server-only";
import type { EnvironmentDataPlane } from "../environments/data-plane";
import { dataTarget } from "../domain/environments/environment-target";
import type { EnvironmentRow } from "../store/environments";

// The JSON shape of an environment in the public API.

export function environmentSummaryView(environment: EnvironmentRow) {
  return {
    id: environment.id,
    name: environment.name,
    cluster: { id: environment.cluster.id, name: environment.cluster.name },
    namespace: environment.namespace.name,
    plan: environment.plan,
    state: environment.state,
    instances: environment.instances,
    mendixVersion: environment.runtimeVersion,
    modelVersion: environment.modelVersion,
    packageName: environment.packageName,
    url: environment.url,
    freeUntil: environment.freeUntil?.toISOString() ?? null,
    lastError: environment.lastError ?? null,
    createdAt: environment.createdAt.toISOString(),
    updatedAt: environment.updatedAt.toISOString(),
  };
}

/** The detail adds where its data lives: its database on the cluster's server and its files container. */
export async function environmentDetailView(environment: EnvironmentRow, dataPlane: EnvironmentDataPlane) {
  const target = dataTarget(environment);
  const database = await dataPlane.describe(target).catch(() => ({ host: null, port: null, name: environment.databaseName }));
  return { ...environmentSummaryView(environment), database, files: { container: environment.filesContainer } };
}
