import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "../env";

// Auth.js names the session cookie by whether it was set over https.
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * The signed-in user and server-side session id from the session cookie: the same decryption and expiry check as
 * Auth.js's `auth()`, without building a full Auth.js request and response for every page and
 * API call (a sixth of an API request's CPU). Sign-in and sign-out still go through Auth.js.
 */
export async function sessionClaims(): Promise<{ userId: string; sessionId: string } | null> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    // Large sessions are split into name.0, name.1, …; ours are small, but read both forms.
    const whole = jar.get(name)?.value;
    const chunks = whole ? [whole] : jar.getAll().filter((c) => c.name.startsWith(`${name}.`)).sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1))).map((c) => c.value);
    if (chunks.length === 0) continue;
    try {
      const token = await decode({ token: chunks.join(""), secret: env().AUTH_SECRET, salt: name });
      return typeof token?.sub === "string" && typeof token.sid === "string" ? { userId: token.sub, sessionId: token.sid } : null;
    } catch {
      return null;
    }
  }
  return null;
}
