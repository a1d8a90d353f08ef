import "server-only";

/** Where a request came from, as recorded in sessions and the security log. */
export function requestInfo(headers: Headers): { ip: string | null; userAgent: string | null } {
  return { ip: headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null, userAgent: headers.get("user-agent") };
}
