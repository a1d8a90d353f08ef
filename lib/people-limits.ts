// The roles and limits of members and invitations, without zod: the People page's forms import
// them, and load the schemas (./invitations.ts) only when they check their input.

/** Roles an organisation member holds, lowest first (the MemberRole enum of the schema). */
export const MEMBER_ROLES = ["MEMBER", "MANAGER", "OWNER"] as const;
export type MemberRoleName = (typeof MEMBER_ROLES)[number];

/** An invitation link works this long after it was sent (or sent again). */
export const INVITATION_TTL_DAYS = 7;
/** Rows one page of members or invitations shows. */
export const PEOPLE_PAGE_SIZE = 25;
export const PERSON_NAME_MAX = 100;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
/** The invitation secret in a link: 32 random bytes, base64url. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
