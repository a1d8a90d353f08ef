import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ZPublishRelease } from "@/lib/releases";
import { recordAudit } from "../../audit/record";
import { assertStaff, type Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { parseInput } from "../../validate";
import { clusterWindow, scheduledStart } from "./update-rules";

/** More clusters than this in one rollout is a mistake, not a rollout. */
const MAX_CLUSTERS = 2000;

/**
 * Platform admins publish a release: every initialized cluster gets its update, the chosen first
 * wave in its next maintenance window, the rest in the first window after the wave gap (an
 * emergency at once). The schedule is written now, so customers see it at once.
 */
export async function publishRelease(db: Db, actor: Actor, input: unknown, now = new Date()) {
  assertStaff(actor, "manage:releases");
  const data = parseInput(ZPublishRelease, input);
  if (await db.release.findUnique({ where: { version: data.version }, select: { id: true } }))
    throw new AppError("conflict", `Release ${data.version} exists already.`, { version: ["This release exists already."] });
  const clusters = await db.cluster.findMany({ where: { status: { in: ["INITIALIZED", "UPDATING"] }, offboardedAt: null }, orderBy: { createdAt: "asc" }, take: MAX_CLUSTERS });
  const known = new Set(clusters.map((cluster) => cluster.id));
  const unknown = data.firstWave.filter((id) => !known.has(id));
  if (unknown.length) throw new AppError("invalid_input", "The request is not valid.", { firstWave: ["Choose initialized clusters only."] });
  const firstWave = new Set(data.firstWave);
  const waveOf = (id: string) => (firstWave.size === 0 || firstWave.has(id) ? 1 : 2);

  const release = await db.$transaction(async (tx) => {
    const created = await tx.release.create({
      data: {
        version: data.version,
        kind: data.kind,
        status: "ROLLING_OUT",
        notes: data.notes,
        purpose: data.purpose ?? null,
        components: data.components as Prisma.InputJsonValue,
        publishedById: actor.userId,
        publishedAt: now,
      },
    });
    await tx.clusterUpdate.createMany({
      data: clusters.map((cluster) => ({
        releaseId: created.id,
        clusterId: cluster.id,
        wave: waveOf(cluster.id),
        scheduledFor: scheduledStart(data.kind, waveOf(cluster.id), clusterWindow(cluster), now),
      })),
    });
    await recordAudit(tx, {
      actor,
      action: "release.publish",
      targetType: "release",
      targetId: created.id,
      purpose: data.purpose,
      after: { version: data.version, kind: data.kind, components: data.components, clusters: clusters.length, firstWave: [...firstWave] } as Prisma.InputJsonValue,
    });
    // Each organisation sees in its activity log which of its clusters were scheduled.
    const byOrg = new Map<string, string[]>();
    for (const cluster of clusters) byOrg.set(cluster.orgId, [...(byOrg.get(cluster.orgId) ?? []), cluster.name]);
    for (const [orgId, names] of byOrg) {
      await recordAudit(tx, { orgId, actorKind: "STAFF", actor, action: "cluster.update.scheduled", targetType: "release", targetId: created.id, after: { release: data.version, kind: data.kind, clusters: names } });
    }
    return created;
  });
  return { id: release.id, version: release.version, clusters: clusters.length };
}
