import { z } from "zod";
import { zText } from "./text";
import { MAX_FIRST_WAVE, RELEASE_COMPONENTS, RELEASE_KINDS, type ComponentVersions, type ReleaseComponent } from "./release-kinds";

// What a release is: the input an admin publishes and the rules of its kinds, shared by the
// admin form (browser) and the use case (server).

export * from "./release-kinds";

const semver = z.string().trim().regex(/^\d+\.\d+\.\d+$/, "Use a version like 1.32.0.");
const nodeImage = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,99}$/, "Use a node image version like AKSUbuntu-2204gen2containerd-202612.01.0.");
const optional = <T extends z.ZodType<string>>(schema: T) => z.union([z.literal("").transform(() => undefined), schema]).optional();

export const ZComponentVersions = z.object({
  kubernetes: optional(semver),
  nodeImage: optional(nodeImage),
  operator: optional(semver),
  agent: optional(semver),
  grafana: optional(semver),
});

export const ZPublishRelease = z
  .object({
    version: zText(40, { trim: true, min: 1 }).refine((value) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value), "Use letters, digits, dots and dashes, e.g. 2027.Q1."),
    kind: z.enum(RELEASE_KINDS),
    notes: zText(2000, { trim: true }).default(""),
    purpose: zText(500, { trim: true }).optional(),
    components: ZComponentVersions,
    firstWave: z.array(z.string().uuid()).max(MAX_FIRST_WAVE).default([]),
  })
  .superRefine((input, ctx) => {
    const set = RELEASE_COMPONENTS.filter((key) => input.components[key]);
    if (set.length === 0) ctx.addIssue({ code: "custom", path: ["components"], message: "Name at least one component version." });
    if (input.kind === "WEEKLY" && set.some((key) => key !== "nodeImage")) ctx.addIssue({ code: "custom", path: ["components"], message: "A weekly release changes the node image only." });
    if (input.kind === "EMERGENCY" && !input.purpose) ctx.addIssue({ code: "custom", path: ["purpose"], message: "An emergency release needs a purpose." });
  });

export const ZRolloutAction = z.object({ action: z.enum(["pause", "resume"]) });

/** The components a release changes on a cluster: from → to, only where they differ. */
export function plannedChanges(current: ComponentVersions, target: ComponentVersions): { component: ReleaseComponent; from: string | null; to: string }[] {
  return RELEASE_COMPONENTS.flatMap((component) => {
    const to = target[component];
    const from = current[component] ?? null;
    return to && to !== from ? [{ component, from, to }] : [];
  });
}

/** What a person reads about an update's outcome: the error of a failed one, else why it was skipped or moved. */
export function updateOutcomeText(update: { error: unknown; reason: string | null }): string {
  return (update.error as { message?: string } | null)?.message ?? update.reason ?? "";
}
