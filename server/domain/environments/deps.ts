import "server-only";
import type PgBoss from "pg-boss";
import { azureGatewayFromEnv } from "../../azure/gateway";
import { dataPlaneFromEnv, type EnvironmentDataPlane } from "../../environments/data-plane";
import { sender } from "../../jobs/boss";

/** What the environment use cases depend on; tests pass their own queue, data plane or clock. */
export interface EnvironmentDeps {
  boss: PgBoss;
  dataPlane: EnvironmentDataPlane;
  now?: Date;
}

const globalForDeps = globalThis as unknown as { portalDataPlane?: EnvironmentDataPlane };

/** The web process's dependencies, from configuration. */
export async function environmentDeps(): Promise<EnvironmentDeps> {
  globalForDeps.portalDataPlane ??= dataPlaneFromEnv(azureGatewayFromEnv());
  return { boss: await sender(), dataPlane: globalForDeps.portalDataPlane };
}
