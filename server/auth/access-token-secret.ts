import "server-only";
import { createHash, randomBytes } from "node:crypto";

// The secret of a personal access token: 32 random bytes (256 bits) behind a recognisable prefix,
// stored only as its SHA-256. A slow password hash is not needed: nobody can guess 256 random bits,
// and a fast hash lets every API request look its token up by index (decision 0022).

const PREFIX = "mxp_";
const SECRET_BYTES = 32;
/** How much of a token the list shows, so people can tell their tokens apart. */
const SHOWN_CHARS = PREFIX.length + 8;
const TOKEN_PATTERN = /^mxp_[A-Za-z0-9_-]{43}$/;

export function newTokenSecret(): { token: string; hash: string; prefix: string } {
  const token = `${PREFIX}${randomBytes(SECRET_BYTES).toString("base64url")}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, SHOWN_CHARS) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** True when the text has the shape of one of our tokens (others are refused without a query). */
export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * The token of an `Authorization: Bearer …` header: undefined when the header is absent (the
 * request may carry a session cookie instead), null when it is present but not a bearer token of ours.
 */
export function bearerToken(header: string | null): string | null | undefined {
  if (header === null) return undefined;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header.trim());
  return match && looksLikeToken(match[1]) ? match[1] : null;
}
