import "server-only";
import type PgBoss from "pg-boss";
import { alertRuleToggleJob } from "./alert-rule-toggle";
import { approvalsSweepJob } from "./approvals-sweep";
import { backupDrillsJob } from "./backup-drills";
import { backupRetentionJob } from "./backup-retention";
import { backupSchedulesJob } from "./backup-schedules";
import { closeSolvedTicketsJob } from "./close-solved-tickets";
import { clusterUpdateJob } from "./cluster-update";
import { clusterOffboardJob } from "./cluster-offboard";
import { complianceCheckJob } from "./compliance-check";
import { connectionAddJob } from "./connection-add";
import { connectionDisconnectJob } from "./connection-disconnect";
import { connectionRescanJob } from "./connection-rescan";
import { environmentApplyJob } from "./environment-apply";
import { environmentCreateJob } from "./environment-create";
import { environmentDeleteJob } from "./environment-delete";
import { markBreachedTicketsJob } from "./mark-breached-tickets";
import { initializeClusterJob } from "./initialize-cluster";
import { refreshClusterStatusJob } from "./refresh-cluster-status";
import { snapshotCreateJob } from "./snapshot-create";
import { snapshotDeleteJob } from "./snapshot-delete";
import { snapshotDrillJob } from "./snapshot-drill";
import { snapshotRestoreJob } from "./snapshot-restore";
import { snapshotValidateJob } from "./snapshot-validate";
import { settingsApplyJob } from "./settings-apply";
import { settingsDriftJob } from "./settings-drift";
import { updateSchedulesJob } from "./update-schedules";
import { zendeskSyncJob } from "./zendesk-sync";
import type { AnyJob } from "./types";

/** Every job the worker runs. A new job is added here and nowhere else. */
export const JOBS: AnyJob[] = [
  refreshClusterStatusJob as AnyJob,
  initializeClusterJob as AnyJob,
  settingsApplyJob as AnyJob,
  settingsDriftJob as AnyJob,
  closeSolvedTicketsJob as AnyJob,
  markBreachedTicketsJob as AnyJob,
  zendeskSyncJob as AnyJob,
  snapshotCreateJob as AnyJob,
  snapshotValidateJob as AnyJob,
  snapshotRestoreJob as AnyJob,
  snapshotDeleteJob as AnyJob,
  snapshotDrillJob as AnyJob,
  backupSchedulesJob as AnyJob,
  backupRetentionJob as AnyJob,
  backupDrillsJob as AnyJob,
  environmentCreateJob as AnyJob,
  environmentApplyJob as AnyJob,
  environmentDeleteJob as AnyJob,
  clusterUpdateJob as AnyJob,
  updateSchedulesJob as AnyJob,
  approvalsSweepJob as AnyJob,
  clusterOffboardJob as AnyJob,
  complianceCheckJob as AnyJob,
  connectionAddJob as AnyJob,
  connectionRescanJob as AnyJob,
  connectionDisconnectJob as AnyJob,
  alertRuleToggleJob as AnyJob,
];

export async function ensureQueues(boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  for (const job of JOBS) {
    if (!existing.has(job.name)) await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit, expireInSeconds: job.expireInSeconds });
  }
}
