// Preloaded into the web server (`node --require`), in front of Next.js:
// - writes each request's socket address into a header the portal trusts, replacing any value a
//   client sent (Next.js does not expose the socket to route handlers and keeps a client's own
//   X-Forwarded-For; server/auth/request-info.ts reads it with TRUSTED_PROXY_HOPS);
// - gives each request its id: the client's x-request-id when it is a sane token (the rule of
//   server/trace.ts), else a new UUID; written back into the request (the portal's log lines and
//   error bodies use it) and answered in the x-request-id response header;
// - answers malformed requests itself (405 for methods the portal does not serve, 400 for a path
//   that is not valid percent-encoding or a damaged Next-Router-State-Tree) instead of letting
//   them reach the framework, which answers them with 500;
// - gives each page its Content-Security-Policy with a fresh nonce (scripts/lib/csp.cjs), in the request
//   for Next.js to read and in the response; HSTS when the request came over https.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, loaded before any ESM
const http = require("node:http");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { randomUUID } = require("node:crypto");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { isHttps, policyFor } = require("./csp.cjs");

const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

const PEER_HEADER = "x-portal-peer-address";
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function refusal(request, path) {
  if (!METHODS.includes(request.method)) return { status: 405, code: "method_not_allowed", message: `${request.method} is not supported.` };
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, code: "invalid_input", message: "The address is not valid." };
  }
  const tree = request.headers["next-router-state-tree"];
  if (tree !== undefined) {
    try {
      if (!Array.isArray(JSON.parse(decodeURIComponent(String(tree))))) throw new Error("not a tree");
    } catch {
      return { status: 400, code: "invalid_input", message: "The request is not valid." };
    }
  }
  return null;
}

// server/api/request-guard-mark.ts: the readiness probe refuses a web process started without the guard.
globalThis[Symbol.for("portal.requestGuard")] = true;

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitGuarded(event, request, response, ...rest) {
  if (event === "request" && request && request.headers) {
    request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    const given = request.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    request.headers["x-request-id"] = requestId;
    response.setHeader("x-request-id", requestId);
    // Only the guard may name the nonce: a client's own policy header never reaches Next.js.
    delete request.headers["content-security-policy"];
    delete request.headers["content-security-policy-report-only"];
    const path = (request.url || "/").split("?")[0];
    const refused = refusal(request, path);
    if (refused) {
      const headers = { "content-type": "application/json", "cache-control": "no-store" };
      if (refused.status === 405) headers.allow = METHODS.join(", ");
      response.writeHead(refused.status, headers);
      response.end(request.method === "HEAD" ? undefined : JSON.stringify({ error: { code: refused.code, message: refused.message, requestId } }));
      return true;
    }
    const policy = policyFor(path, request.headers, process.env.NODE_ENV === "development");
    if (policy) {
      request.headers["content-security-policy"] = policy;
      response.setHeader("content-security-policy", policy);
      if (isHttps(request)) response.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
    }
  }
  return emit.call(this, event, request, response, ...rest);
};
