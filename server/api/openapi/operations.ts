import "server-only";
import { z } from "zod";
import { ZCreateAccessToken } from "@/lib/access-tokens";
import { ZToggleAlertRule } from "@/lib/alert-rules";
import { ZChangeRole, ZInvite, ZPeoplePage } from "@/lib/invitations";
import { ZAddConnection, ZConnectionListQuery } from "@/lib/connections";
import { ZApprovalDecision, ZApprovalListQuery, ZApprovalWindowInput } from "@/lib/approvals";
import { ZPublishRelease, ZRolloutAction } from "@/lib/releases";
import { ZClusterSettings } from "@/lib/cluster-settings";
import { ZCreateEnvironment, ZScaleEnvironment } from "@/lib/environment-schemas";
import { ZOpenTicket, ZTicketComment, ZUpdateTicket } from "@/lib/support-schemas";
import { ZRestoreRequest } from "../../domain/backups/restore-snapshot";
import { ZSnapshotRequest } from "../../domain/backups/request-snapshot";
import { ZOffboardInput } from "../../domain/clusters/offboard-cluster";
import { ZReviveInput } from "../../domain/clusters/revive-cluster";
import { ZPreflightInput } from "../../domain/clusters/run-preflight";
import { ZDeleteEnvironment } from "../../domain/environments/delete-environment";
import { ZDeployQuery } from "../../domain/environments/deploy-package";
import { ZSettingsPatch } from "../../domain/settings/evaluate-change";
import { ZClusterListQuery } from "../../store/clusters";
import { ZEnvironmentListQuery } from "../../store/environments";
import { ZMarkRead } from "../../store/notifications";
import { ZSettingsPolicyBody } from "../../store/settings-policy";
import { ZSnapshotListQuery } from "../../store/snapshots";
import { ZTicketListQuery } from "../../store/tickets";
import { ZReleaseListQuery } from "../../store/updates";
import { CLUSTER_NAMESPACE_LIMITATION } from "../not-available";

// Every operation of /api/v1 with the zod schemas its handler parses (the same objects, imported
// from where the routes use them). openapi.test.ts fails when a route file exports a method that
// is missing here, or this table names one that no route has.

export type Method = "get" | "post" | "put" | "patch" | "delete";

export interface ApiOperation {
  method: Method;
  /** The path under /api/v1, with `{param}` for each dynamic segment. */
  path: string;
  tag: string;
  summary: string;
  query?: z.ZodObject;
  /** A JSON body, a multipart upload, or raw bytes (a package or an archive). */
  body?: z.ZodType | { multipart: string } | { binary: string };
  /** The success answer: its status and what it is. */
  success: { status: 200 | 201 | 202 | 204 | 405; description: string; binary?: string };
}

const op = (method: Method, path: string, tag: string, summary: string, success: ApiOperation["success"], extra: Pick<ApiOperation, "query" | "body"> = {}): ApiOperation => ({ method, path, tag, summary, success, ...extra });

const OK = (description: string) => ({ status: 200 as const, description });
/** The service's known limitation: clusters and namespaces are the provider's to create, change and delete. */
const NOT_AVAILABLE = { status: 405 as const, description: CLUSTER_NAMESPACE_LIMITATION };
const ACCEPTED = { status: 202 as const, description: "The operation was queued: `{ operationId }`; poll `GET /operations/{operationId}` until it is finished or failed." };

export const API_OPERATIONS: ApiOperation[] = [
  op("post", "/clusters", "Clusters", "Create a cluster (not available in this service)", NOT_AVAILABLE),
  ...(["put", "patch", "delete"] as const).map((method) => op(method, "/clusters/{clusterId}", "Clusters", "Change or delete a cluster (not available in this service)", NOT_AVAILABLE)),
  op("get", "/clusters/{clusterId}/namespaces", "Clusters", "List the cluster's namespace", OK("`{ items }`: the namespace the cluster was created with.")),
  op("post", "/clusters/{clusterId}/namespaces", "Clusters", "Create a namespace (not available in this service)", NOT_AVAILABLE),
  op("get", "/clusters/{clusterId}/namespaces/{namespaceId}", "Clusters", "Read the cluster's namespace", OK("The namespace.")),
  ...(["put", "patch", "delete"] as const).map((method) => op(method, "/clusters/{clusterId}/namespaces/{namespaceId}", "Clusters", "Change or delete a namespace (not available in this service)", NOT_AVAILABLE)),
  op("post", "/clusters/{clusterId}/offboard", "Clusters", "Off-board the cluster (owners; type its name to confirm)", ACCEPTED, { body: ZOffboardInput }),
  op("post", "/admin/clusters/{clusterId}/revive", "Administration", "Revive an off-boarded cluster within the grace period (platform admins)", { ...ACCEPTED, description: "`{ status, operationId }`: re-initialization from the last settings was queued (or the cluster is ready to initialize)." }, { body: ZReviveInput }),
  op("get", "/clusters/{clusterId}/compliance", "Compliance", "Read the SOC 2 controls next to the cluster's last checked state", OK("Controls, accepted exceptions and when they were checked.")),
  op("post", "/clusters/{clusterId}/compliance/check", "Compliance", "Read the cluster's live state from Azure again", ACCEPTED),
  op("get", "/clusters/{clusterId}/alert-rules", "Monitoring", "Read the cluster's default alert rules as Azure has them", OK("`{ rules, error }`: each rule's group, threshold, duration, severity and whether it is enabled.")),
  op("post", "/clusters/{clusterId}/alert-rules/toggle", "Monitoring", "Switch a default alert rule on or off (managers and owners)", ACCEPTED, { body: ZToggleAlertRule }),
  op("get", "/clusters/{clusterId}/updates", "Updates", "Read the cluster's maintenance window, scheduled updates and history", OK("Window, next window, scheduled and past updates.")),
  op("get", "/admin/releases", "Administration", "List releases and their rollouts (platform admins)", OK("A page of releases with each cluster's update."), { query: ZReleaseListQuery }),
  op("post", "/admin/releases", "Administration", "Publish a release and schedule its updates (platform admins)", { status: 201, description: "The release with the number of clusters scheduled." }, { body: ZPublishRelease }),
  op("post", "/admin/releases/{releaseId}/rollout", "Administration", "Pause or resume a rollout (platform admins)", OK("The release."), { body: ZRolloutAction }),
  op("get", "/clusters/{clusterId}/approvals", "Approvals", "List the cluster's approval requests (JIT plan)", OK("A page of requests."), { query: ZApprovalListQuery }),
  op("post", "/approvals/{approvalId}/approve", "Approvals", "Approve a pending request (Owner or Contributor of the subscription)", OK("The request; the held action runs as its operation."), { body: ZApprovalDecision }),
  op("post", "/approvals/{approvalId}/deny", "Approvals", "Deny a pending request", OK("The request."), { body: ZApprovalDecision }),
  op("post", "/clusters/{clusterId}/approval-windows", "Approvals", "Define an auto-approval window of at least 8 hours (owners)", { status: 201, description: "The window." }, { body: ZApprovalWindowInput }),
  op("get", "/clusters", "Clusters", "List the clusters of your organisations", OK("A page of clusters: `{ items, page, pageSize, total }`."), { query: ZClusterListQuery }),
  op("get", "/clusters/{clusterId}", "Clusters", "Read a cluster", OK("The cluster with its components and versions.")),
  op("post", "/clusters/{clusterId}/refresh", "Clusters", "Re-read the cluster's resources from Azure", ACCEPTED),
  op("post", "/clusters/{clusterId}/preflight", "Clusters", "Run the pre-flight checks before initialization", OK("The result of each check."), { body: ZPreflightInput }),
  op("post", "/clusters/{clusterId}/initialize", "Clusters", "Initialize a registered cluster with its provision options", ACCEPTED, { body: ZClusterSettings }),
  op("post", "/clusters/{clusterId}/rerun", "Clusters", "Run a failed initialization again", ACCEPTED),
  op("get", "/clusters/{clusterId}/settings", "Settings", "Read the cluster's settings, policy and drift", OK("Desired and actual settings with what may be changed.")),
  op("patch", "/clusters/{clusterId}/settings", "Settings", "Change settings (send `If-Match` with the settings version)", ACCEPTED, { body: ZSettingsPatch }),
  op("post", "/clusters/{clusterId}/settings/preview", "Settings", "Preview what a change would do", OK("The changes, refusals and Azure effects of the patch."), { body: ZSettingsPatch }),
  op("post", "/clusters/{clusterId}/settings/revert", "Settings", "Revert the desired settings to the last applied ones", OK("The settings after the revert.")),
  op("post", "/clusters/{clusterId}/recover", "Settings", "Reconcile the cluster with its desired settings", ACCEPTED),
  op("get", "/admin/organizations/{orgId}/settings-policy", "Administration", "Read an organisation's settings policy (`default` for the provider-wide one)", OK("The policy's rules.")),
  op("put", "/admin/organizations/{orgId}/settings-policy", "Administration", "Replace an organisation's settings policy", OK("The stored policy."), { body: ZSettingsPolicyBody }),
  op("get", "/clusters/{clusterId}/environments", "Environments", "List a cluster's environments", OK("A page of environments."), { query: ZEnvironmentListQuery }),
  op("post", "/clusters/{clusterId}/environments", "Environments", "Create an environment", { ...ACCEPTED, description: "Queued: `{ operationId, environmentId }`." }, { body: ZCreateEnvironment }),
  op("get", "/environments/{envId}", "Environments", "Read an environment", OK("The environment with its state and package.")),
  op("patch", "/environments/{envId}", "Environments", "Scale an environment", ACCEPTED, { body: ZScaleEnvironment }),
  op("delete", "/environments/{envId}", "Environments", "Delete an environment (type its name in `confirm`)", ACCEPTED, { body: ZDeleteEnvironment }),
  op("post", "/environments/{envId}/start", "Environments", "Start an environment", ACCEPTED),
  op("post", "/environments/{envId}/stop", "Environments", "Stop an environment", ACCEPTED),
  op("post", "/environments/{envId}/deployments", "Environments", "Deploy a Mendix deployment package (.mda) sent as the body", ACCEPTED, { query: ZDeployQuery, body: { binary: "The .mda file's bytes." } }),
  op("get", "/environments/{envId}/snapshots", "Backups", "List an environment's snapshots", OK("A page of snapshots."), { query: ZSnapshotListQuery }),
  op("post", "/environments/{envId}/snapshots", "Backups", "Take a snapshot now", { ...ACCEPTED, description: "Queued: `{ operationId, snapshotId }`." }, { body: ZSnapshotRequest }),
  op("post", "/environments/{envId}/snapshots/upload", "Backups", "Upload a snapshot archive (`?comment=` optional)", { ...ACCEPTED, description: "Queued for validation: `{ operationId, snapshotId }`." }, { body: { binary: "The snapshot archive (.tar.gz) as the body." } }),
  op("get", "/environments/{envId}/snapshots/{snapshotId}", "Backups", "Read a snapshot", OK("`{ snapshot }`.")),
  op("delete", "/environments/{envId}/snapshots/{snapshotId}", "Backups", "Delete a snapshot", ACCEPTED),
  op("get", "/environments/{envId}/snapshots/{snapshotId}/archive", "Backups", "Download a snapshot's archive", { status: 200, description: "The archive.", binary: "application/gzip" }),
  op("post", "/environments/{envId}/snapshots/{snapshotId}/archive-url", "Backups", "Get a short-lived download link for a snapshot's archive", OK("`{ url, expiresAt }`.")),
  op("post", "/environments/{envId}/snapshots/{snapshotId}/restore", "Backups", "Restore a snapshot into the environment", ACCEPTED, { body: ZRestoreRequest }),
  op("post", "/environments/{envId}/snapshots/{snapshotId}/drill", "Backups", "Run a restore drill of a snapshot", ACCEPTED),
  op("get", "/operations/{operationId}", "Operations", "Poll an operation", OK("The operation with its status and steps.")),
  op("get", "/tickets", "Support", "List tickets", OK("A page of tickets."), { query: ZTicketListQuery }),
  op("post", "/tickets", "Support", "Open a ticket", { status: 201, description: "`{ ticket }`." }, { body: ZOpenTicket }),
  op("get", "/tickets/{ticketId}", "Support", "Read a ticket with its comments", OK("The ticket.")),
  op("patch", "/tickets/{ticketId}", "Support", "Change a ticket's status or severity", OK("The changed ticket."), { body: ZUpdateTicket }),
  op("post", "/tickets/{ticketId}/comments", "Support", "Comment on a ticket", { status: 201, description: "The comment." }, { body: ZTicketComment }),
  op("post", "/tickets/{ticketId}/attachments", "Support", "Attach files to a ticket", { status: 201, description: "The attachments." }, { body: { multipart: "One or more `files` fields." } }),
  op("get", "/tickets/{ticketId}/attachments/{attachmentId}", "Support", "Download an attachment", { status: 200, description: "The file.", binary: "application/octet-stream" }),
  op("get", "/notifications", "Notifications", "Your latest notifications", OK("`{ items, unread }`.")),
  op("post", "/notifications/read", "Notifications", "Mark notifications read (all when `ids` is left out)", OK("How many were marked."), { body: ZMarkRead }),
  op("get", "/tokens", "Access tokens", "List your access tokens", OK("`{ items }`: name, scopes, prefix, last use and expiry of each; never the secret.")),
  op("post", "/tokens", "Access tokens", "Create an access token (signed in, not with another token)", { status: 201, description: "The token with its secret in `token`, shown only this once." }, { body: ZCreateAccessToken }),
  op("delete", "/tokens/{tokenId}", "Access tokens", "Revoke one of your access tokens", { status: 204, description: "Revoked; the token is refused from now on." }),
  op("get", "/organizations/{orgId}/members", "People", "List the organisation's members and their roles (members)", OK("`{ items, page, pageSize, total }`."), { query: ZPeoplePage }),
  op("patch", "/organizations/{orgId}/members/{userId}", "People", "Change a member's role (owners; the last owner keeps the role)", OK("The member with the new role."), { body: ZChangeRole }),
  op("delete", "/organizations/{orgId}/members/{userId}", "People", "Remove a member (owners; never the last owner)", { status: 204, description: "Removed; the person loses access at once." }),
  op("get", "/organizations/{orgId}/invitations", "People", "List open invitations, pending and expired (owners)", OK("`{ items, page, pageSize, total }`; never the link."), { query: ZPeoplePage }),
  op("post", "/organizations/{orgId}/invitations", "People", "Invite an e-mail address with a role (owners)", { status: 201, description: "`{ invitation, emailed, link }`: the link only when the portal sends no e-mail, shown this once." }, { body: ZInvite }),
  op("post", "/organizations/{orgId}/invitations/{invitationId}/resend", "People", "Send an invitation again with a new link and expiry (owners)", OK("`{ invitation, emailed, link }`; the previous link stops working.")),
  op("delete", "/organizations/{orgId}/invitations/{invitationId}", "People", "Revoke an invitation (owners)", { status: 204, description: "Revoked; the link stops working." }),
  op("get", "/connections", "Connections", "List the Azure connections of the organisations you own, with their clusters", OK("A page of connections: `{ items, page, pageSize, total }`."), { query: ZConnectionListQuery }),
  op("post", "/connections", "Connections", "Connect an Azure subscription and discover its managed applications (owners)", { status: 202, description: "`{ operationId, connectionId }`: the subscription is checked and its clusters discovered by the operation." }, { body: ZAddConnection }),
  op("get", "/connections/{connectionId}", "Connections", "Read a connection with its clusters (owners)", OK("The connection.")),
  op("delete", "/connections/{connectionId}", "Connections", "Disconnect the subscription (owners; refused while a cluster of it is in use)", ACCEPTED),
  op("post", "/connections/{connectionId}/rescan", "Connections", "Find new and removed managed applications (owners)", ACCEPTED),
  op("get", "/openapi.json", "Reference", "This description", OK("The OpenAPI 3.1 document.")),
];
