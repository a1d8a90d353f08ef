import { z } from "zod";
import { hasNul, NUL_MESSAGE } from "./text";
import type { EnvironmentPlan, EnvironmentState } from "../generated/prisma/enums";

// The rules of an environment (PRODUCT.md §5, §15), shared by the forms and the server.

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

/** Environment names are Kubernetes resource names: lower-case letters, digits and hyphens. */
export const ZEnvironmentName = z
  .string()
  .trim()
  .refine((value) => !hasNul(value), NUL_MESSAGE)
  .pipe(z.string().regex(/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/, "Use 3–32 lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen."));

export const ZCreateEnvironment = z.object({
  name: ZEnvironmentName,
  plan: z.enum(ENVIRONMENT_PLANS),
});

export type CreateEnvironmentInput = z.infer<typeof ZCreateEnvironment>;

export const ZScaleEnvironment = z.object({
  instances: z.coerce.number().int("Instances must be a whole number.").min(MIN_INSTANCES, `At least ${MIN_INSTANCES}.`).max(MAX_INSTANCES, `At most ${MAX_INSTANCES} instances.`),
});

/** States in which the operator is still working: no other change is accepted meanwhile. */
export const BUSY_STATES: readonly EnvironmentState[] = ["CREATING", "STARTING", "STOPPING", "DEPLOYING", "RESTORING", "DELETING"];

export function isBusy(state: EnvironmentState): boolean {
  return BUSY_STATES.includes(state);
}
