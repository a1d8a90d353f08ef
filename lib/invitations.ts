import { z } from "zod";
import { hasNul, NUL_MESSAGE, zText } from "./text";
import { MEMBER_ROLES, PASSWORD_MAX, PASSWORD_MIN, PERSON_NAME_MAX, type MemberRoleName } from "./people-limits";

// Invitations and members: the facts the People page, the API and the domain share.

export * from "./people-limits";

export const zEmail = zText(254, { trim: true, min: 1 }).pipe(z.string().toLowerCase().email("Enter a valid e-mail address."));

export const ZInvite = z.object({ email: zEmail, role: z.enum(MEMBER_ROLES) }).strict();
export const ZChangeRole = z.object({ role: z.enum(MEMBER_ROLES) }).strict();
export const ZPeoplePage = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }).strict();

/** A new person's account, made while accepting an invitation. */
export const ZNewAccount = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Enter your name.")
      .max(PERSON_NAME_MAX, `At most ${PERSON_NAME_MAX} characters.`)
      .refine((value) => !hasNul(value), NUL_MESSAGE),
    password: z
      .string()
      .min(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters.`)
      .max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters.`)
      .refine((value) => !hasNul(value), NUL_MESSAGE),
  })
  .strict();

export type InvitationState = "pending" | "expired" | "revoked" | "accepted";

export interface InvitationView {
  id: string;
  email: string;
  role: MemberRoleName;
  invitedBy: string | null;
  sentAt: string;
  expiresAt: string;
  state: InvitationState;
}

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: MemberRoleName;
  since: string;
}

export interface PageOf<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** What inviting or resending answers: the invitation, and its link when no e-mail was sent. */
export interface InvitationSent {
  invitation: InvitationView;
  emailed: boolean;
  /** Shown to the inviter once, only when the portal sends no e-mail. */
  link: string | null;
}
