// "/" sends each user on to their own first page (app/page.tsx, lib/landing.ts).
const FALLBACK = "/";
const BASE = "http://portal.invalid";

/**
 * A path on this site to go to after sign-in, or "/" (each user's own first page). The target is resolved the
 * way a browser would (which drops tabs and newlines and treats "\" like "/"); only a result on
 * the same origin is kept, and only its path, query and hash.
 */
export function safeRedirectPath(target: string | null | undefined): string {
  if (!target || !target.startsWith("/") || /[\u0000-\u001f\u007f]/.test(target)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== BASE || url.pathname.startsWith("/sign-in")) return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
