import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { INVITATION_TOKEN_PATTERN } from "@/lib/invitations";

// The secret of an invitation link: 32 random bytes, stored only as its SHA-256 (as access
// tokens, decision 0022: 256 random bits need no slow hash, and the link finds its row by index).

export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** True when the text has the shape of an invitation token (others are refused without a query). */
export function looksLikeInvitationToken(value: string): boolean {
  return INVITATION_TOKEN_PATTERN.test(value);
}
