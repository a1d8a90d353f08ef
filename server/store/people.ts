import "server-only";
import { PEOPLE_PAGE_SIZE, type InvitationView, type MemberRoleName, type MemberView, type PageOf } from "@/lib/invitations";
import { invitationState } from "@/lib/people-rules";
import type { DbOrTx } from "../db";

// Members and invitations of one organisation. Every query names the organisation (or, for the
// link, the token's hash): nobody reaches another organisation's people through these.

interface InvitationRow {
  id: string;
  email: string;
  role: MemberRoleName;
  sentAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  acceptedAt: Date | null;
  invitedBy?: { name: string } | null;
}

export function invitationView(row: InvitationRow, now = new Date()): InvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: row.invitedBy?.name ?? null,
    sentAt: row.sentAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    state: invitationState(row, now),
  };
}

/** The organisation's members, owners first, then by name; one page. */
export async function listMembers(db: DbOrTx, orgId: string, page: number): Promise<PageOf<MemberView>> {
  const where = { orgId };
  const [rows, total] = await Promise.all([
    db.membership.findMany({
      where,
      include: { user: { select: { name: true, email: true } } },
      orderBy: [{ role: "desc" }, { user: { name: "asc" } }, { userId: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
    }),
    db.membership.count({ where }),
  ]);
  const items = rows.map((row) => ({ userId: row.userId, name: row.user.name, email: row.user.email, role: row.role, since: row.createdAt.toISOString() }));
  return { items, page, pageSize: PEOPLE_PAGE_SIZE, total };
}

/** Invitations not accepted or revoked (expired ones too, marked, so they can be sent again), newest first; one page. */
export async function listOpenInvitations(db: DbOrTx, orgId: string, page: number, now = new Date()): Promise<PageOf<InvitationView>> {
  const where = { orgId, acceptedAt: null, revokedAt: null };
  const [rows, total] = await Promise.all([
    db.invitation.findMany({
      where,
      include: { invitedBy: { select: { name: true } } },
      orderBy: [{ sentAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
    }),
    db.invitation.count({ where }),
  ]);
  return { items: rows.map((row) => invitationView(row, now)), page, pageSize: PEOPLE_PAGE_SIZE, total };
}

/** Serialises membership and invitation changes of one organisation until the transaction ends. */
export async function lockOrganization(db: DbOrTx, orgId: string): Promise<void> {
  await db.$executeRaw`SELECT 1 FROM organizations WHERE id = ${orgId}::uuid FOR UPDATE`;
}

export async function countOwners(db: DbOrTx, orgId: string): Promise<number> {
  return db.membership.count({ where: { orgId, role: "OWNER" } });
}

export async function findMember(db: DbOrTx, orgId: string, userId: string) {
  return db.membership.findUnique({ where: { orgId_userId: { orgId, userId } }, include: { user: { select: { email: true, name: true } } } });
}

export async function isMemberByEmail(db: DbOrTx, orgId: string, email: string): Promise<boolean> {
  return (await db.membership.count({ where: { orgId, user: { email } } })) > 0;
}

/** The organisation's invitation that is neither accepted nor revoked, or null. */
export async function findOpenInvitation(db: DbOrTx, orgId: string, invitationId: string) {
  return db.invitation.findFirst({ where: { id: invitationId, orgId, acceptedAt: null, revokedAt: null }, include: { invitedBy: { select: { name: true } } } });
}

/** The organisation's open (not accepted, not revoked) invitation of an address, expired or not. */
export async function findOpenInvitationByEmail(db: DbOrTx, orgId: string, email: string) {
  return db.invitation.findFirst({ where: { orgId, email, acceptedAt: null, revokedAt: null } });
}

/** The invitation behind a link, with its organisation's name; null for an unknown token. */
export async function findInvitationByTokenHash(db: DbOrTx, tokenHash: string) {
  return db.invitation.findUnique({ where: { tokenHash }, include: { org: { select: { name: true } } } });
}

/** Pending invitations of an e-mail address in every organisation, oldest first (bounded). */
export async function findPendingInvitationsForEmail(db: DbOrTx, email: string, now: Date) {
  return db.invitation.findMany({ where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "asc" }, take: 50 });
}

/** Marks a pending invitation accepted; false when it was no longer pending (used, revoked or expired). */
export async function markInvitationAccepted(db: DbOrTx, invitationId: string, userId: string, now: Date): Promise<boolean> {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: userId },
  });
  return count === 1;
}
