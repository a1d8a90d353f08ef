// What each role gets from each route (tests/e2e/route-matrix.spec.ts walks them all).
// ok: past the rights check (2xx, or 400/409/415 for the deliberately empty body);
// hidden: 404; denied: 403; signin: sent to sign-in (pages) or 401 (API); away: redirected elsewhere.

export const ROLES = ["anonymous", "member", "manager", "owner", "fabrikam", "support", "admin"] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = "ok" | "hidden" | "denied" | "signin" | "away";

export interface Ids {
  prod: string;
  failed: string;
  fabrikam: string;
  ticketId: string;
  ticketNumber: string;
  operationId: string;
  environmentId: string;
  snapshotId: string;
  /** Contoso's organisation. */
  contoso: string;
  /** Contoso's seeded Azure connection. */
  connection: string;
}

interface Probe {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  rsc?: boolean;
  expect: Record<Role, Outcome>;
}

interface Entry {
  route: string;
  probes: (ids: Ids) => Probe[];
}

/** Outcomes in ROLES order: anonymous, member, manager, owner, fabrikam, support, admin. */
function by(...outcomes: Outcome[]): Record<Role, Outcome> {
  if (outcomes.length !== ROLES.length) throw new Error(`need ${ROLES.length} outcomes`);
  return Object.fromEntries(ROLES.map((role, i) => [role, outcomes[i]])) as Record<Role, Outcome>;
}

const page = (path: string, expect: Record<Role, Outcome>, withRsc = true): Probe[] => [{ method: "GET", path, expect }, ...(withRsc ? [{ method: "GET" as const, path, rsc: true, expect }] : [])];
const api = (method: Probe["method"], path: string, expect: Record<Role, Outcome>): Probe => ({ method, path, expect });

// Customers of Contoso see their cluster; Fabrikam and provider staff do not.
const CONTOSO_ONLY = by("signin", "ok", "ok", "ok", "hidden", "hidden", "hidden");
const CONTOSO_ONLY_API = CONTOSO_ONLY;
// Customer pages of the support center send provider staff to their queue.
const CUSTOMER_SUPPORT = by("signin", "ok", "ok", "ok", "ok", "away", "away");
const STAFF = by("signin", "hidden", "hidden", "hidden", "hidden", "ok", "ok");
// Changes to a Contoso cluster: its managers and owner; a member is refused, the rest see nothing.
const CONTOSO_MANAGE = by("signin", "denied", "ok", "ok", "hidden", "hidden", "hidden");
// The admin API refuses everyone but platform admins (its pages are not found for them).
const ADMINS_API = by("signin", "denied", "denied", "denied", "denied", "denied", "ok");
const NONE = "00000000-0000-4000-8000-000000000000";
const SIGNED_IN = by("signin", "ok", "ok", "ok", "ok", "ok", "ok");
const ALL_HIDDEN = by("hidden", "hidden", "hidden", "hidden", "hidden", "hidden", "hidden");
// People of Contoso: its owner manages them (the empty body is then a 400); its managers and members are refused.
const CONTOSO_OWNER_API = by("signin", "denied", "denied", "ok", "hidden", "hidden", "hidden");
// An unknown member or invitation: refused to Contoso's other members, not found for its owner.
const CONTOSO_OWNER_UNKNOWN = by("signin", "denied", "denied", "hidden", "hidden", "hidden", "hidden");

export const EXPECTATIONS: Entry[] = [
  { route: "/", probes: () => [{ method: "GET", path: "/", expect: by("signin", "away", "away", "away", "away", "away", "away") }] },
  { route: "/sign-in", probes: () => [{ method: "GET", path: "/sign-in", expect: by("ok", "away", "away", "away", "away", "away", "away") }] },
  // Addresses no page answers: 404 for everyone, signed in or not (the page with the navigation, or the way to sign in).
  { route: "/[...missing]", probes: () => [...page("/no-such-page", ALL_HIDDEN), ...page(`/clusters/${NONE}/no-such-section`, ALL_HIDDEN), ...page("/staff/no-such-page", ALL_HIDDEN)] },
  { route: "/clusters", probes: () => page("/clusters", by("signin", "ok", "ok", "ok", "ok", "ok", "ok")) },
  { route: "/clusters/[clusterId]", probes: (ids) => [...page(`/clusters/${ids.prod}`, CONTOSO_ONLY), ...page(`/clusters/${ids.failed}`, by("signin", "hidden", "ok", "ok", "hidden", "hidden", "hidden"))] },
  { route: "/clusters/[clusterId]/activity", probes: (ids) => page(`/clusters/${ids.prod}/activity`, CONTOSO_ONLY) },
  // contoso-analytics stays Failed whatever other specs do (contoso-dev may have been initialized by then).
  { route: "/clusters/[clusterId]/initialize", probes: (ids) => page(`/clusters/${ids.failed}/initialize`, by("signin", "hidden", "hidden", "ok", "hidden", "hidden", "hidden")) },
  { route: "/clusters/[clusterId]/support", probes: (ids) => page(`/clusters/${ids.prod}/support`, CONTOSO_ONLY) },
  { route: "/clusters/[clusterId]/support/new", probes: (ids) => page(`/clusters/${ids.prod}/support/new`, CONTOSO_ONLY) },
  // Staff belong to no organisation: the page has nothing of any customer to show them.
  { route: "/clusters/[clusterId]/settings", probes: (ids) => page(`/clusters/${ids.prod}/settings`, CONTOSO_ONLY) },
  { route: "/clusters/[clusterId]/environments", probes: (ids) => page(`/clusters/${ids.prod}/environments`, CONTOSO_ONLY) },
  { route: "/clusters/[clusterId]/environments/[envId]", probes: (ids) => page(`/clusters/${ids.prod}/environments/${ids.environmentId}`, CONTOSO_ONLY) },
  { route: "/clusters/[clusterId]/backups", probes: (ids) => page(`/clusters/${ids.prod}/backups`, CONTOSO_ONLY) },
  { route: "/clusters/[clusterId]/updates", probes: (ids) => page(`/clusters/${ids.prod}/updates`, CONTOSO_ONLY) },
  { route: "/admin/releases", probes: () => page("/admin/releases", by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "ok")) },
  { route: "/clusters/[clusterId]/approvals", probes: (ids) => page(`/clusters/${ids.prod}/approvals`, CONTOSO_ONLY) },
  { route: "/clusters/[clusterId]/compliance", probes: (ids) => page(`/clusters/${ids.prod}/compliance`, CONTOSO_ONLY) },
  { route: "/clusters/[clusterId]/monitoring", probes: (ids) => page(`/clusters/${ids.prod}/monitoring`, CONTOSO_ONLY) },
  // Off-boarding is the owner's alone; the page of anyone else is not found.
  { route: "/clusters/[clusterId]/offboarding", probes: (ids) => page(`/clusters/${ids.prod}/offboarding`, by("signin", "hidden", "hidden", "ok", "hidden", "hidden", "hidden")) },
  { route: "/admin/offboarded", probes: () => page("/admin/offboarded", by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "ok")) },
  { route: "/admin/settings-policy", probes: () => page("/admin/settings-policy", by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "ok")) },
  { route: "/activity", probes: () => page("/activity", by("signin", "ok", "ok", "ok", "ok", "ok", "ok")) },
  // The CSV of the organisation's activity: staff belong to no organisation.
  { route: "/activity/export", probes: () => [{ method: "GET", path: "/activity/export", expect: by("signin", "ok", "ok", "ok", "ok", "hidden", "hidden") }] },
  { route: "/support", probes: () => page("/support", CUSTOMER_SUPPORT) },
  { route: "/support/new", probes: () => page("/support/new", CUSTOMER_SUPPORT) },
  { route: "/support/[ticketNumber]", probes: (ids) => page(`/support/${ids.ticketNumber}`, by("signin", "ok", "ok", "ok", "hidden", "away", "away")) },
  { route: "/staff/support", probes: () => page("/staff/support", STAFF) },
  { route: "/staff/support/[ticketNumber]", probes: (ids) => page(`/staff/support/${ids.ticketNumber}`, STAFF) },
  { route: "/staff/clusters/[clusterId]", probes: (ids) => page(`/staff/clusters/${ids.prod}?ticket=${ids.ticketNumber}`, STAFF) },
  { route: "/admin", probes: () => page("/admin", by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "ok")) },
  // One organisation as platform admins see it; an unknown or malformed id is not found for them too.
  {
    route: "/admin/organizations/[orgId]",
    probes: (ids) => [
      ...page(`/admin/organizations/${ids.contoso}`, by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "ok")),
      ...page(`/admin/organizations/${NONE}`, by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "hidden"), false),
      ...page("/admin/organizations/not-an-id", by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "hidden"), false),
    ],
  },
  // Everyone signed in manages their own access tokens.
  { route: "/account/tokens", probes: () => page("/account/tokens", SIGNED_IN) },
  { route: "/api-docs", probes: () => page("/api-docs", SIGNED_IN) },
  // Everyone signed in sees the people of their own organisation (staff belong to none).
  { route: "/people", probes: () => page("/people", SIGNED_IN) },
  // The token in the link is the right: an unknown one says so to everyone.
  { route: "/invite/[token]", probes: () => page(`/invite/${"x".repeat(43)}`, by("ok", "ok", "ok", "ok", "ok", "ok", "ok")) },

  { route: "/api/auth/[...nextauth]", probes: () => [api("GET", "/api/auth/session", by("ok", "ok", "ok", "ok", "ok", "ok", "ok"))] },
  { route: "/api/webhooks/zendesk", probes: () => [] },
  // Probes for load balancers and Kubernetes: public, and they reveal nothing but names and counts.
  { route: "/api/health/live", probes: () => [api("GET", "/api/health/live", by("ok", "ok", "ok", "ok", "ok", "ok", "ok"))] },
  { route: "/api/health/ready", probes: () => [api("GET", "/api/health/ready", by("ok", "ok", "ok", "ok", "ok", "ok", "ok"))] },
  { route: "/api/v1/clusters", probes: () => [api("GET", "/api/v1/clusters", by("signin", "ok", "ok", "ok", "ok", "ok", "ok"))] },
  {
    route: "/api/v1/clusters/[clusterId]",
    probes: (ids) => [api("GET", `/api/v1/clusters/${ids.prod}`, CONTOSO_ONLY_API), api("GET", `/api/v1/clusters/${ids.fabrikam}`, by("signin", "hidden", "hidden", "hidden", "ok", "hidden", "hidden"))],
  },
  { route: "/api/v1/clusters/[clusterId]/refresh", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.prod}/refresh`, CONTOSO_ONLY_API)] },
  { route: "/api/v1/clusters/[clusterId]/preflight", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.failed}/preflight`, by("signin", "hidden", "denied", "ok", "hidden", "hidden", "hidden"))] },
  { route: "/api/v1/clusters/[clusterId]/initialize", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.failed}/initialize`, by("signin", "hidden", "denied", "ok", "hidden", "hidden", "hidden"))] },
  { route: "/api/v1/clusters/[clusterId]/rerun", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.prod}/rerun`, by("signin", "denied", "denied", "ok", "hidden", "hidden", "hidden"))] },
  { route: "/api/v1/operations/[operationId]", probes: (ids) => [api("GET", `/api/v1/operations/${ids.operationId}`, CONTOSO_ONLY_API)] },
  {
    route: "/api/v1/tickets",
    // Staff read the queue through the same route; only members of an organisation open tickets.
    probes: () => [api("GET", "/api/v1/tickets", by("signin", "ok", "ok", "ok", "ok", "ok", "ok")), api("POST", "/api/v1/tickets", by("signin", "ok", "ok", "ok", "ok", "denied", "denied"))],
  },
  {
    route: "/api/v1/tickets/[ticketId]",
    probes: (ids) => [api("GET", `/api/v1/tickets/${ids.ticketId}`, by("signin", "ok", "ok", "ok", "hidden", "ok", "ok")), api("PATCH", `/api/v1/tickets/${ids.ticketId}`, by("signin", "denied", "denied", "denied", "hidden", "ok", "ok"))],
  },
  { route: "/api/v1/tickets/[ticketId]/comments", probes: (ids) => [api("POST", `/api/v1/tickets/${ids.ticketId}/comments`, by("signin", "ok", "ok", "ok", "hidden", "ok", "ok"))] },
  { route: "/api/v1/tickets/[ticketId]/attachments", probes: (ids) => [api("POST", `/api/v1/tickets/${ids.ticketId}/attachments`, by("signin", "ok", "ok", "ok", "hidden", "ok", "ok"))] },
  {
    route: "/api/v1/tickets/[ticketId]/attachments/[attachmentId]",
    probes: (ids) => [api("GET", `/api/v1/tickets/${ids.ticketId}/attachments/00000000-0000-4000-8000-000000000000`, by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "hidden"))],
  },
  // The empty body is refused (400, "ok" past the rights check); an unknown token is not found for everyone.
  { route: "/connections", probes: () => page("/connections", by("signin", "hidden", "hidden", "ok", "ok", "hidden", "hidden")) },
  // Azure connections are the owners'; an empty body is refused (400) only after the rights check.
  { route: "/api/v1/connections", probes: () => [api("GET", "/api/v1/connections", by("signin", "denied", "denied", "ok", "ok", "denied", "denied")), api("POST", "/api/v1/connections", by("signin", "denied", "denied", "ok", "ok", "denied", "denied"))] },
  // Contoso's connection holds initialized clusters: its owner's DELETE is refused (409).
  {
    route: "/api/v1/connections/[connectionId]",
    probes: (ids) => [
      api("GET", `/api/v1/connections/${ids.connection}`, by("signin", "denied", "denied", "ok", "hidden", "hidden", "hidden")),
      api("DELETE", `/api/v1/connections/${ids.connection}`, by("signin", "denied", "denied", "ok", "hidden", "hidden", "hidden")),
    ],
  },
  { route: "/api/v1/connections/[connectionId]/rescan", probes: (ids) => [api("POST", `/api/v1/connections/${ids.connection}/rescan`, by("signin", "denied", "denied", "ok", "hidden", "hidden", "hidden"))] },
  { route: "/api/v1/tokens", probes: () => [api("GET", "/api/v1/tokens", SIGNED_IN), api("POST", "/api/v1/tokens", SIGNED_IN)] },
  { route: "/api/v1/openapi.json", probes: () => [api("GET", "/api/v1/openapi.json", SIGNED_IN)] },
  { route: "/api/v1/tokens/[tokenId]", probes: () => [api("DELETE", `/api/v1/tokens/${NONE}`, by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "hidden"))] },
  { route: "/api/v1/organizations/[orgId]/members", probes: (ids) => [api("GET", `/api/v1/organizations/${ids.contoso}/members`, CONTOSO_ONLY_API)] },
  {
    route: "/api/v1/organizations/[orgId]/members/[userId]",
    probes: (ids) => [api("PATCH", `/api/v1/organizations/${ids.contoso}/members/${NONE}`, CONTOSO_OWNER_API), api("DELETE", `/api/v1/organizations/${ids.contoso}/members/${NONE}`, CONTOSO_OWNER_UNKNOWN)],
  },
  {
    route: "/api/v1/organizations/[orgId]/invitations",
    probes: (ids) => [api("GET", `/api/v1/organizations/${ids.contoso}/invitations`, CONTOSO_OWNER_API), api("POST", `/api/v1/organizations/${ids.contoso}/invitations`, CONTOSO_OWNER_API)],
  },
  { route: "/api/v1/organizations/[orgId]/invitations/[invitationId]", probes: (ids) => [api("DELETE", `/api/v1/organizations/${ids.contoso}/invitations/${NONE}`, CONTOSO_OWNER_UNKNOWN)] },
  { route: "/api/v1/organizations/[orgId]/invitations/[invitationId]/resend", probes: (ids) => [api("POST", `/api/v1/organizations/${ids.contoso}/invitations/${NONE}/resend`, CONTOSO_OWNER_UNKNOWN)] },
  { route: "/api/v1/notifications", probes: () => [api("GET", "/api/v1/notifications", by("signin", "ok", "ok", "ok", "ok", "ok", "ok"))] },
  { route: "/api/v1/notifications/read", probes: () => [api("POST", "/api/v1/notifications/read", by("signin", "ok", "ok", "ok", "ok", "ok", "ok"))] },

  { route: "/api/v1/clusters/[clusterId]/settings", probes: (ids) => [api("GET", `/api/v1/clusters/${ids.prod}/settings`, CONTOSO_ONLY), api("PATCH", `/api/v1/clusters/${ids.prod}/settings`, CONTOSO_MANAGE)] },
  { route: "/api/v1/clusters/[clusterId]/settings/preview", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.prod}/settings/preview`, CONTOSO_ONLY)] },
  { route: "/api/v1/clusters/[clusterId]/settings/revert", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.prod}/settings/revert`, CONTOSO_MANAGE)] },
  { route: "/api/v1/clusters/[clusterId]/recover", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.prod}/recover`, CONTOSO_MANAGE)] },
  {
    route: "/api/v1/admin/organizations/[orgId]/settings-policy",
    probes: () => [api("GET", "/api/v1/admin/organizations/default/settings-policy", ADMINS_API), api("PUT", "/api/v1/admin/organizations/default/settings-policy", ADMINS_API)],
  },
  { route: "/api/v1/clusters/[clusterId]/updates", probes: (ids) => [api("GET", `/api/v1/clusters/${ids.prod}/updates`, CONTOSO_ONLY_API)] },
  // An empty body: admins get past the rights check to the 400; a release that does not exist is not touched.
  { route: "/api/v1/admin/releases", probes: () => [api("GET", "/api/v1/admin/releases", ADMINS_API), api("POST", "/api/v1/admin/releases", ADMINS_API)] },
  { route: "/api/v1/admin/releases/[releaseId]/rollout", probes: () => [api("POST", `/api/v1/admin/releases/${NONE}/rollout`, ADMINS_API)] },
  { route: "/api/v1/clusters/[clusterId]/compliance", probes: (ids) => [api("GET", `/api/v1/clusters/${ids.prod}/compliance`, CONTOSO_ONLY_API)] },
  { route: "/api/v1/clusters/[clusterId]/compliance/check", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.prod}/compliance/check`, CONTOSO_ONLY_API)] },
  { route: "/api/v1/clusters/[clusterId]/alert-rules", probes: (ids) => [api("GET", `/api/v1/clusters/${ids.prod}/alert-rules`, CONTOSO_ONLY_API)] },
  { route: "/api/v1/clusters/[clusterId]/alert-rules/toggle", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.prod}/alert-rules/toggle`, CONTOSO_MANAGE)] },
  // The empty body is refused (400) once the rights are checked: nothing is off-boarded or revived.
  { route: "/api/v1/clusters/[clusterId]/offboard", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.prod}/offboard`, by("signin", "denied", "denied", "ok", "hidden", "hidden", "hidden"))] },
  { route: "/api/v1/admin/clusters/[clusterId]/revive", probes: (ids) => [api("POST", `/api/v1/admin/clusters/${ids.prod}/revive`, ADMINS_API)] },
  { route: "/api/v1/clusters/[clusterId]/namespaces", probes: (ids) => [api("GET", `/api/v1/clusters/${ids.prod}/namespaces`, CONTOSO_ONLY_API)] },
  {
    route: "/api/v1/clusters/[clusterId]/namespaces/[namespaceId]",
    probes: (ids) => [api("GET", `/api/v1/clusters/${ids.prod}/namespaces/${NONE}`, by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "hidden"))],
  },
  { route: "/api/v1/clusters/[clusterId]/environments", probes: (ids) => [api("GET", `/api/v1/clusters/${ids.prod}/environments`, CONTOSO_ONLY), api("POST", `/api/v1/clusters/${ids.prod}/environments`, CONTOSO_MANAGE)] },
  {
    route: "/api/v1/environments/[envId]",
    probes: (ids) => [
      api("GET", `/api/v1/environments/${ids.environmentId}`, CONTOSO_ONLY),
      api("PATCH", `/api/v1/environments/${ids.environmentId}`, CONTOSO_MANAGE),
      api("DELETE", `/api/v1/environments/${ids.environmentId}`, CONTOSO_MANAGE),
    ],
  },
  { route: "/api/v1/clusters/[clusterId]/approvals", probes: (ids) => [api("GET", `/api/v1/clusters/${ids.prod}/approvals`, CONTOSO_ONLY)] },
  // Auto-approval windows: owners with Owner or Contributor on the subscription only (the empty body is then a 400).
  { route: "/api/v1/clusters/[clusterId]/approval-windows", probes: (ids) => [api("POST", `/api/v1/clusters/${ids.prod}/approval-windows`, by("signin", "denied", "denied", "ok", "hidden", "hidden", "hidden"))] },
  // Deciding an unknown request: not found for everyone (real requests are decided in approvals.spec.ts and the integration tests).
  { route: "/api/v1/approvals/[approvalId]/approve", probes: () => [api("POST", `/api/v1/approvals/${NONE}/approve`, by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "hidden"))] },
  { route: "/api/v1/approvals/[approvalId]/deny", probes: () => [api("POST", `/api/v1/approvals/${NONE}/deny`, by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "hidden"))] },
  { route: "/api/v1/environments/[envId]/start", probes: (ids) => [api("POST", `/api/v1/environments/${ids.environmentId}/start`, CONTOSO_MANAGE)] },
  { route: "/api/v1/environments/[envId]/stop", probes: (ids) => [api("POST", `/api/v1/environments/${ids.environmentId}/stop`, CONTOSO_MANAGE)] },
  { route: "/api/v1/environments/[envId]/deployments", probes: (ids) => [api("POST", `/api/v1/environments/${ids.environmentId}/deployments`, CONTOSO_MANAGE)] },
  { route: "/api/v1/environments/[envId]/snapshots", probes: (ids) => [api("GET", `/api/v1/environments/${ids.environmentId}/snapshots`, CONTOSO_ONLY)] },
  { route: "/api/v1/environments/[envId]/snapshots/upload", probes: (ids) => [api("POST", `/api/v1/environments/${ids.environmentId}/snapshots/upload`, CONTOSO_MANAGE)] },
  {
    route: "/api/v1/environments/[envId]/snapshots/[snapshotId]",
    probes: (ids) => [
      api("GET", `/api/v1/environments/${ids.environmentId}/snapshots/${ids.snapshotId}`, CONTOSO_ONLY),
      // Deleting the probe's own snapshot would change what later roles see: an unknown id is not found for everyone.
      api("DELETE", `/api/v1/environments/${ids.environmentId}/snapshots/${NONE}`, by("signin", "hidden", "hidden", "hidden", "hidden", "hidden", "hidden")),
    ],
  },
  { route: "/api/v1/environments/[envId]/snapshots/[snapshotId]/archive", probes: (ids) => [api("GET", `/api/v1/environments/${ids.environmentId}/snapshots/${ids.snapshotId}/archive`, CONTOSO_ONLY)] },
  { route: "/api/v1/environments/[envId]/snapshots/[snapshotId]/archive-url", probes: (ids) => [api("POST", `/api/v1/environments/${ids.environmentId}/snapshots/${ids.snapshotId}/archive-url`, CONTOSO_ONLY)] },
  { route: "/api/v1/environments/[envId]/snapshots/[snapshotId]/restore", probes: (ids) => [api("POST", `/api/v1/environments/${ids.environmentId}/snapshots/${ids.snapshotId}/restore`, CONTOSO_MANAGE)] },
  { route: "/api/v1/environments/[envId]/snapshots/[snapshotId]/drill", probes: (ids) => [api("POST", `/api/v1/environments/${ids.environmentId}/snapshots/${ids.snapshotId}/drill`, CONTOSO_MANAGE)] },
];
