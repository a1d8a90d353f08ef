// The Content-Security-Policy of the portal's pages, sent by scripts/lib/http-guard.cjs with a fresh
// nonce per request. Next.js reads the nonce from the request's own `content-security-policy` header and
// puts it on its scripts; 'strict-dynamic' lets the scripts those load run, and nothing else. The guard
// writes the header into the request before Next.js sees it, so no Next.js middleware runs per request
// (docs/decisions/0039-page-speed-fallbacks-and-csp.md).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, loaded by the preload
const { randomUUID } = require("node:crypto");

/** @param {string} nonce @param {boolean} dev */
function contentSecurityPolicy(nonce, dev) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (progress bars, charts) need 'unsafe-inline'; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Paths that are never an HTML page: the API, the build's static files, the icon. */
const NOT_PAGES = /^\/(?:api\/|_next\/static\/|_next\/image|favicon\.ico$|icon\.svg$)/;

/**
 * The policy for a request, or null: pages get one; the API, static files and the router's prefetches
 * (whose answers carry no scripts) do not.
 * @param {string} path @param {import("node:http").IncomingHttpHeaders} headers @param {boolean} dev
 */
function policyFor(path, headers, dev) {
  if (NOT_PAGES.test(path)) return null;
  if (headers["next-router-prefetch"] !== undefined || headers.purpose === "prefetch") return null;
  return contentSecurityPolicy(Buffer.from(randomUUID()).toString("base64"), dev);
}

/** True when the request came over https, read as Next.js reads it (X-Forwarded-Proto, else the socket). */
function isHttps(request) {
  const proto = request.headers["x-forwarded-proto"];
  return proto ? proto === "https" : Boolean(request.socket && request.socket.encrypted);
}

module.exports = { contentSecurityPolicy, policyFor, isHttps };
