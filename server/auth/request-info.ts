import "server-only";
import { env } from "../env";

/** Set by scripts/lib/http-guard.cjs from the socket, never from the client. */
export const PEER_ADDRESS_HEADER = "x-portal-peer-address";

/**
 * The client's address: the socket's peer, or, behind `hops` trusted proxies, the address the
 * outermost of them saw (each proxy appends its peer to X-Forwarded-For). Entries a client wrote
 * into X-Forwarded-For itself are never taken while hops is 0.
 */
export function clientAddress(headers: Headers, hops: number): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  // Without the preload (next dev), Next.js itself puts the socket address into an absent X-Forwarded-For.
  const chain = peer !== null ? [...forwarded, peer] : forwarded;
  const address = chain[chain.length - 1 - hops] ?? (hops > 0 ? chain[0] : undefined);
  return address ? address.replace(/^::ffff:/, "") : null;
}

/** Where a request came from, as recorded in sessions and the security log. */
export function requestInfo(headers: Headers): { ip: string | null; userAgent: string | null } {
  return { ip: clientAddress(headers, env().TRUSTED_PROXY_HOPS), userAgent: headers.get("user-agent") };
}
