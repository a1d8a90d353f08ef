import "server-only";
import type PgBoss from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import { isInsideWindow, nextWindowStart } from "@/lib/maintenance-window";
import { updateNotices } from "@/lib/messages-updates";
import { NOTICE_DAYS } from "@/lib/releases";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { clusterUpdateJob } from "../../jobs/cluster-update";
import { startOperation } from "../../jobs/enqueue";
import { notifyUsers } from "../../store/notifications";
import { finishClusterUpdate } from "./finish-cluster-update";
import { mayClusterUpdateRun, requestUpdateApprovals } from "./may-update-run";
import { clusterWindow, versionsOf } from "./update-rules";

const BATCH = 100;
const DAY = 86_400_000;

async function membersOf(db: Db, orgId: string) {
  return (await db.membership.findMany({ where: { orgId }, select: { userId: true }, take: 500 })).map((member) => member.userId);
}

/** T-7: each organisation hears of every update of its clusters a week before it runs (an emergency at once). */
async function notifyUpcoming(db: Db, now: Date): Promise<number> {
  const upcoming = await db.clusterUpdate.findMany({
    where: { status: "SCHEDULED", notifiedAt: null, scheduledFor: { lte: new Date(now.getTime() + NOTICE_DAYS * DAY) }, release: { status: "ROLLING_OUT" } },
    include: { release: true, cluster: true },
    orderBy: { scheduledFor: "asc" },
    take: BATCH,
  });
  for (const update of upcoming) {
    const claimed = await db.clusterUpdate.updateMany({ where: { id: update.id, notifiedAt: null }, data: { notifiedAt: now } });
    if (claimed.count === 0) continue;
    await requestUpdateApprovals(db, update, now);
    const when = update.scheduledFor.toISOString().slice(0, 16).replace("T", " ");
    await notifyUsers(db, {
      userIds: await membersOf(db, update.cluster.orgId),
      kind: "update.upcoming",
      message: update.release.kind === "EMERGENCY" ? updateNotices.emergency(update.cluster.name, update.release.version) : updateNotices.upcoming(update.cluster.name, update.release.version, when),
    });
  }
  return upcoming.length;
}

async function skip(db: Db, update: { id: string; clusterId: string; release: { version: string } }, orgId: string, reason: string, now: Date) {
  const skipped = await db.clusterUpdate.updateMany({ where: { id: update.id, status: "SCHEDULED" }, data: { status: "SKIPPED", reason, finishedAt: now } });
  if (skipped.count) await recordAudit(db, { orgId, actorKind: "SYSTEM", action: "cluster.update.skipped", targetType: "cluster", targetId: update.clusterId, outcome: "FAILURE", after: { release: update.release.version, reason } });
}

/**
 * The rollout tick (`now` is the clock, so tests can move it): notifies a week ahead, then starts
 * every due update whose cluster is inside its maintenance window (emergencies do not wait), a
 * later wave only after the earlier one has finished. An update that missed its window (a paused
 * rollout, a busy first wave) moves to the next one. A failed update never holds up the others.
 */
export async function runDueUpdates(db: Db, boss: PgBoss, now = new Date()) {
  const notified = await notifyUpcoming(db, now);
  // Updates whose worker died between the operation's end and the outcome.
  const stale = await db.clusterUpdate.findMany({ where: { status: "IN_PROGRESS", operationId: { not: null } }, select: { id: true }, take: BATCH });
  for (const update of stale) await finishClusterUpdate(db, update.id, now);

  const due = await db.clusterUpdate.findMany({
    where: { status: "SCHEDULED", scheduledFor: { lte: now }, release: { status: "ROLLING_OUT", pausedAt: null } },
    include: { release: true, cluster: true },
    orderBy: [{ wave: "asc" }, { scheduledFor: "asc" }],
    take: BATCH,
  });
  const started: string[] = [];
  for (const update of due) {
    const { cluster, release } = update;
    const emergency = release.kind === "EMERGENCY";
    const window = clusterWindow(cluster);
    if (cluster.status !== "INITIALIZED" && cluster.status !== "UPDATING") {
      await skip(db, update, cluster.orgId, "The cluster is not initialized.", now);
      continue;
    }
    const earlierOpen = update.wave > 1 && (await db.clusterUpdate.count({ where: { releaseId: release.id, wave: { lt: update.wave }, status: { in: ["SCHEDULED", "IN_PROGRESS"] } } })) > 0;
    const busy = cluster.status === "UPDATING";
    if (earlierOpen || busy || (!emergency && !isInsideWindow(now, window))) {
      if (!emergency && !isInsideWindow(now, window)) await db.clusterUpdate.updateMany({ where: { id: update.id, status: "SCHEDULED" }, data: { scheduledFor: nextWindowStart(now, window) } });
      continue;
    }
    const gate = await mayClusterUpdateRun(db, update, now);
    if (!gate.allowed) {
      await skip(db, update, cluster.orgId, gate.reason ?? "Not allowed to run.", now);
      continue;
    }
    const operationId = await db.$transaction(async (tx) => {
      const claimed = await tx.clusterUpdate.updateMany({
        where: { id: update.id, status: "SCHEDULED" },
        data: { status: "IN_PROGRESS", startedAt: now, fromVersions: versionsOf(cluster) as Prisma.InputJsonValue },
      });
      if (claimed.count === 0) return null;
      const operation = await startOperation(tx, boss, clusterUpdateJob, null, {
        kind: "cluster.update",
        orgId: cluster.orgId,
        clusterId: cluster.id,
        targetType: "cluster",
        targetId: cluster.id,
        input: { updateId: update.id },
        purpose: release.purpose ?? undefined,
      });
      await tx.clusterUpdate.update({ where: { id: update.id }, data: { operationId: operation.id } });
      return operation.id;
    });
    if (!operationId) continue;
    await recordAudit(db, { orgId: cluster.orgId, actorKind: "SYSTEM", action: "cluster.update.started", targetType: "cluster", targetId: cluster.id, purpose: release.purpose ?? undefined, before: versionsOf(cluster) as Prisma.InputJsonValue, after: { release: release.version, operationId, ...(release.components as Record<string, string>) } });
    started.push(operationId);
  }

  // A rollout is complete when none of its updates is waiting or running.
  const finished = await db.release.findMany({ where: { status: "ROLLING_OUT", updates: { none: { status: { in: ["SCHEDULED", "IN_PROGRESS"] } } } }, select: { id: true }, take: BATCH });
  if (finished.length) await db.release.updateMany({ where: { id: { in: finished.map((release) => release.id) } }, data: { status: "COMPLETED" } });
  return { started, notified };
}
