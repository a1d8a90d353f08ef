// Texts of the Backups page and the snapshot API (kept apart so client bundles stay small).

export const backupMessages = {
  title: "Backups",
  intro: "Snapshots of an environment's database and files, in the Mendix archive format.",
  environment: "Environment",
  noEnvironments: "This cluster has no environments yet.",
  noSnapshots: "No snapshots yet.",
  kind: { NIGHTLY: "Nightly", WEEKLY: "Weekly", MONTHLY: "Monthly", MANUAL: "On demand", UPLOADED: "Uploaded" } as Record<string, string>,
  status: { PROCESSING: "Processing", FINISHED: "Finished", FAILED: "Failed" } as Record<string, string>,
  columns: { status: "Status", id: "ID", createdAt: "Created on", kind: "Kind", version: "Package / model", comment: "Comment", size: "Size", expires: "Expires", verified: "Verified" },
  notVerified: "Not yet",
  drillFailed: "Drill failed",
  actions: {
    create: "Take snapshot",
    comment: "Comment (optional)",
    upload: "Upload snapshot",
    uploadFile: "Snapshot archive (.tar.gz)",
    uploadHint: "A .tar.gz in the Mendix snapshot format. It is checked before it can be restored.",
    download: "Download",
    link: "Get download link",
    linkReady: "Link valid for one hour:",
    restore: "Restore",
    drill: "Verify (restore drill)",
    delete: "Delete",
  },
  restoreConfirm: {
    title: "Restore this snapshot?",
    body: "The environment's database and files are replaced by the snapshot. The current data is kept for 7 days.",
    versionWarning: (snapshot: string, environment: string) =>
      `The snapshot has model version ${snapshot || "unknown"}, the environment ${environment || "unknown"}. The app may not start with this data until the matching package is deployed.`,
    confirm: "Restore",
    cancel: "Cancel",
  },
  deleteConfirm: "Delete this snapshot? This cannot be undone.",
  readOnly: "You can view snapshots; managers and owners take, upload and restore them.",
  chartTitle: "Snapshot sizes",
  chartEmpty: "Sizes appear here once snapshots finished.",
  started: "Started. Progress shows below.",
  errors: {
    uploadType: "Choose a .tar.gz file.",
  },
};
