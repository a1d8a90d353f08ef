import "server-only";
import type { ClusterStatus, MemberRole, StaffRole } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { AppError } from "../errors";

export interface OrgMembership {
  orgId: string;
  orgName: string;
  role: MemberRole;
}

/** The signed-in person (or token) on whose behalf the portal acts. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  staffRole: StaffRole | null;
  memberships: OrgMembership[];
  timeZone: string;
  /** The language the person chose; absent or null follows the browser (lib/i18n/locales.ts). */
  locale?: Locale | null;
  /** Set when the request came with a personal access token. */
  tokenScopes?: ("read" | "write")[];
}

/** Permissions on things inside one organisation. */
export type OrgPermission =
  | "read:cluster"
  | "read:environments"
  | "read:snapshots"
  | "read:tickets"
  | "read:activity"
  | "create:ticket"
  | "comment:ticket"
  | "update:cluster-settings"
  | "recover:cluster"
  | "manage:environments"
  | "manage:backups"
  | "initialize:cluster"
  | "offboard:cluster"
  /** JIT plan: approve or deny requests (plus Owner or Contributor on the subscription, checked in Azure). */
  | "decide:approvals"
  /** JIT plan: define auto-approval windows (plus Owner or Contributor on the subscription). */
  | "manage:approval-windows"
  | "check:compliance"
  /** See the organisation's members and their roles. */
  | "read:people"
  /** Invite people, change roles, remove members. */
  | "manage:people"
  /** Connect, rescan and disconnect Azure subscriptions. */
  | "manage:connections";

/** Permissions of provider staff, across organisations. */
export type StaffPermission =
  | "work:ticket-queue"
  | "read:cluster-diagnostics"
  | "manage:releases"
  | "manage:users"
  | "revive:cluster";

const RANK: Record<MemberRole, number> = { MEMBER: 1, MANAGER: 2, OWNER: 3 };

const ORG_MIN_ROLE: Record<OrgPermission, MemberRole> = {
  "read:cluster": "MEMBER",
  "read:environments": "MEMBER",
  "read:snapshots": "MEMBER",
  "read:tickets": "MEMBER",
  "read:activity": "MEMBER",
  "create:ticket": "MEMBER",
  "comment:ticket": "MEMBER",
  "update:cluster-settings": "MANAGER",
  "recover:cluster": "MANAGER",
  "manage:environments": "MANAGER",
  "manage:backups": "MANAGER",
  "initialize:cluster": "OWNER",
  "offboard:cluster": "OWNER",
  "decide:approvals": "MANAGER",
  "manage:approval-windows": "OWNER",
  "check:compliance": "MEMBER",
  "read:people": "MEMBER",
  "manage:people": "OWNER",
  "manage:connections": "OWNER",
};

const STAFF: Record<StaffPermission, StaffRole[]> = {
  "work:ticket-queue": ["SUPPORT", "ADMIN"],
  "read:cluster-diagnostics": ["SUPPORT", "ADMIN"],
  "manage:releases": ["ADMIN"],
  "manage:users": ["ADMIN"],
  "revive:cluster": ["ADMIN"],
};

const WRITE_PERMISSIONS = new Set<OrgPermission>([
  "create:ticket",
  "comment:ticket",
  "update:cluster-settings",
  "recover:cluster",
  "manage:environments",
  "manage:backups",
  "initialize:cluster",
  "offboard:cluster",
  "decide:approvals",
  "manage:approval-windows",
  "check:compliance",
  "manage:people",
  "manage:connections",
]);

/**
 * Members see initialized clusters only (PRODUCT.md "Who uses it"); managers and owners also
 * see clusters waiting for initialization or failed, because they act on them.
 */
const MEMBER_VISIBLE: ClusterStatus[] = ["INITIALIZED", "UPDATING"];

export function orgRole(actor: Actor, orgId: string): MemberRole | null {
  return actor.memberships.find((membership) => membership.orgId === orgId)?.role ?? null;
}

export function can(actor: Actor, permission: OrgPermission, orgId: string): boolean {
  const role = orgRole(actor, orgId);
  if (!role || RANK[role] < RANK[ORG_MIN_ROLE[permission]]) return false;
  if (actor.tokenScopes && WRITE_PERMISSIONS.has(permission) && !actor.tokenScopes.includes("write")) return false;
  return true;
}

export function canStaff(actor: Actor, permission: StaffPermission): boolean {
  return actor.staffRole !== null && STAFF[permission].includes(actor.staffRole) && !actor.tokenScopes;
}

/** Cluster statuses the actor may see in an organisation; empty when not a member. */
export function visibleClusterStatuses(actor: Actor, orgId: string): ClusterStatus[] | "all" {
  const role = orgRole(actor, orgId);
  if (!role) return [];
  return RANK[role] >= RANK.MANAGER ? "all" : MEMBER_VISIBLE;
}

export function canSeeClusterStatus(actor: Actor, orgId: string, status: ClusterStatus): boolean {
  const visible = visibleClusterStatuses(actor, orgId);
  return visible === "all" || visible.includes(status);
}

export function assertCan(actor: Actor, permission: OrgPermission, orgId: string): void {
  if (!can(actor, permission, orgId)) {
    throw new AppError("forbidden", "You do not have permission to do this.");
  }
}

export function assertStaff(actor: Actor, permission: StaffPermission): void {
  if (!canStaff(actor, permission)) {
    throw new AppError("forbidden", "You do not have permission to do this.");
  }
}
