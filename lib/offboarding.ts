import type { ClusterStatus } from "@/generated/prisma/enums";

// The rules of off-boarding and revival, written once (server, pages and tests import them).

/** How long a platform admin may revive an off-boarded cluster's registration (PRODUCT.md §11, ours). */
export const OFFBOARD_GRACE_DAYS = 30;

const DAY_MS = 86_400_000;

/** Statuses a cluster may be off-boarded from: not while something else runs on it. */
const OFFBOARDABLE_STATUSES: readonly ClusterStatus[] = ["READY_TO_INITIALIZE", "INITIALIZED", "FAILED"];

export function canOffboardFrom(status: ClusterStatus): boolean {
  return OFFBOARDABLE_STATUSES.includes(status);
}

/** The last moment an off-boarded cluster may be revived. */
export function reviveDeadline(offboardedAt: Date): Date {
  return new Date(offboardedAt.getTime() + OFFBOARD_GRACE_DAYS * DAY_MS);
}

export function withinGrace(offboardedAt: Date | null, now: Date): boolean {
  return offboardedAt !== null && now.getTime() <= reviveDeadline(offboardedAt).getTime();
}
