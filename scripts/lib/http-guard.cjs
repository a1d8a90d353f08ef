// Preloaded into the web server (`node --require`), in front of Next.js:
// - writes each request's socket address into a header the portal trusts, replacing any value a
//   client sent (Next.js does not expose the socket to route handlers and keeps a client's own
//   X-Forwarded-For; server/auth/request-info.ts reads it with TRUSTED_PROXY_HOPS);
// - answers malformed requests itself (405 for methods the portal does not serve, 400 for a path
//   that is not valid percent-encoding or a damaged Next-Router-State-Tree) instead of letting
//   them reach the framework, which answers them with 500.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, loaded before any ESM
const http = require("node:http");

const PEER_HEADER = "x-portal-peer-address";
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function refusal(request) {
  if (!METHODS.includes(request.method)) return { status: 405, code: "method_not_allowed", message: `${request.method} is not supported.` };
  const path = (request.url || "/").split("?")[0];
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

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitGuarded(event, request, response, ...rest) {
  if (event === "request" && request && request.headers) {
    request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    const refused = refusal(request);
    if (refused) {
      const headers = { "content-type": "application/json", "cache-control": "no-store" };
      if (refused.status === 405) headers.allow = METHODS.join(", ");
      response.writeHead(refused.status, headers);
      response.end(request.method === "HEAD" ? undefined : JSON.stringify({ error: { code: refused.code, message: refused.message } }));
      return true;
    }
  }
  return emit.call(this, event, request, response, ...rest);
};
