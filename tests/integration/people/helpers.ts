import * as invitationRoute from "@/app/api/v1/organizations/[orgId]/invitations/[invitationId]/route";
import * as resendRoute from "@/app/api/v1/organizations/[orgId]/invitations/[invitationId]/resend/route";
import * as invitationsRoute from "@/app/api/v1/organizations/[orgId]/invitations/route";
import * as memberRoute from "@/app/api/v1/organizations/[orgId]/members/[userId]/route";
import * as membersRoute from "@/app/api/v1/organizations/[orgId]/members/route";
import type { Actor } from "@/server/auth/permissions";
import { callRoute } from "../api";
import { testDb } from "../db";

export async function orgIdOf(slugPart: string): Promise<string> {
  return (await testDb.organization.findFirstOrThrow({ where: { slug: { contains: slugPart } } })).id;
}

export function invite(actor: Actor, orgId: string, body: unknown) {
  return callRoute(invitationsRoute.POST, actor, { url: `/api/v1/organizations/${orgId}/invitations`, params: { orgId }, body });
}

export function listInvitations(actor: Actor, orgId: string, query = "") {
  return callRoute(invitationsRoute.GET, actor, { url: `/api/v1/organizations/${orgId}/invitations${query}`, params: { orgId } });
}

export function listMembers(actor: Actor, orgId: string, query = "") {
  return callRoute(membersRoute.GET, actor, { url: `/api/v1/organizations/${orgId}/members${query}`, params: { orgId } });
}

export function resend(actor: Actor, orgId: string, invitationId: string) {
  return callRoute(resendRoute.POST, actor, { url: `/api/v1/organizations/${orgId}/invitations/${invitationId}/resend`, params: { orgId, invitationId }, body: {} });
}

export function revoke(actor: Actor, orgId: string, invitationId: string) {
  return callRoute(invitationRoute.DELETE, actor, { method: "DELETE", url: `/api/v1/organizations/${orgId}/invitations/${invitationId}`, params: { orgId, invitationId } });
}

export function changeRole(actor: Actor, orgId: string, userId: string, body: unknown) {
  return callRoute(memberRoute.PATCH, actor, { method: "PATCH", url: `/api/v1/organizations/${orgId}/members/${userId}`, params: { orgId, userId }, body });
}

export function removeMember(actor: Actor, orgId: string, userId: string) {
  return callRoute(memberRoute.DELETE, actor, { method: "DELETE", url: `/api/v1/organizations/${orgId}/members/${userId}`, params: { orgId, userId } });
}

/** The token at the end of an invitation link. */
export function tokenOf(link: string): string {
  return link.slice(link.lastIndexOf("/") + 1);
}

/** A snapshot of everything inviting and membership changes touch, to prove a refusal changed nothing. */
export async function peopleState() {
  const [invitations, memberships, users] = await Promise.all([
    testDb.invitation.findMany({ orderBy: { id: "asc" } }),
    testDb.membership.findMany({ orderBy: { id: "asc" }, select: { id: true, orgId: true, userId: true, role: true } }),
    testDb.user.count(),
  ]);
  return { invitations, memberships, users };
}
