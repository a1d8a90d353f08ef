import { z } from "zod";
import { ENVIRONMENT_PLANS, MAX_INSTANCES, MIN_INSTANCES } from "./environments";
import { hasNul, NUL_MESSAGE } from "./nul";

// The input of an environment's forms and API (the rules are in ./environments.ts).

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
