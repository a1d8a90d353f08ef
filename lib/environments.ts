import type { EnvironmentPlan, EnvironmentState } from "../generated/prisma/enums";

// The rules of an environment (PRODUCT.md §5, §15), shared by the forms and the server. Without zod,
// so the environment pages' forms load the schemas (./environment-schemas.ts) only to check input.

/** Cloud tokens one environment consumes once its free period is over. */
export const TOKENS_PER_ENVIRONMENT = 14;
/** Each new environment is free for this many days. */
export const FREE_PERIOD_DAYS = 120;
export const MIN_INSTANCES = 0;
export const MAX_INSTANCES = 10;
/** The oldest Mendix version the service runs. */
export const MIN_MENDIX_VERSION = { major: 10, minor: 10 } as const;
/** Largest .mda package accepted. */
export const MAX_PACKAGE_BYTES = 1024 * 1024 * 1024;

export const ENVIRONMENT_PLANS = ["SMALL", "MEDIUM", "LARGE"] as const satisfies readonly EnvironmentPlan[];

/** What each plan gives one instance of the app (written into the MendixApp's resources). */
export const PLAN_RESOURCES: Record<EnvironmentPlan, { cpu: string; memory: string }> = {
  SMALL: { cpu: "1", memory: "1Gi" },
  MEDIUM: { cpu: "2", memory: "2Gi" },
  LARGE: { cpu: "4", memory: "4Gi" },
};

/** States in which the operator is still working: no other change is accepted meanwhile. */
export const BUSY_STATES: readonly EnvironmentState[] = ["CREATING", "STARTING", "STOPPING", "DEPLOYING", "RESTORING", "DELETING"];

export function isBusy(state: EnvironmentState): boolean {
  return BUSY_STATES.includes(state);
}
