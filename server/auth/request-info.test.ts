import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "./request-info";

const h = (peer: string | null, forwarded?: string) => {
  const headers = new Headers();
  if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer);
  if (forwarded) headers.set("x-forwarded-for", forwarded);
  return headers;
};

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client claims", () => {
    expect(clientAddress(h("198.51.100.7", "1.2.3.4"), 0)).toBe("198.51.100.7");
    expect(clientAddress(h("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("is what the trusted proxies saw, skipping what the client wrote before them", () => {
    // client wrote 1.2.3.4; our load balancer appended the real client 203.0.113.9; its socket is 10.0.0.2.
    expect(clientAddress(h("10.0.0.2", "1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(h("10.0.0.3", "1.2.3.4, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("falls back to the earliest address when fewer proxies answered than configured", () => {
    expect(clientAddress(h("10.0.0.2"), 3)).toBe("10.0.0.2");
  });

  it("uses Next's own X-Forwarded-For where the peer header is not set (next dev)", () => {
    expect(clientAddress(h(null, "127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(h(null), 0)).toBeNull();
  });
});

describe("the web server's guard and the address reader", () => {
  it("agree on the peer header: a client's own value is replaced by the socket's address", async () => {
    const http = await import("node:http");
    const { createRequire } = await import("node:module");
    createRequire(import.meta.url)("../../scripts/lib/http-guard.cjs");
    const server = http.createServer((request, response) => {
      const headers = new Headers(Object.entries(request.headers).map(([key, value]) => [key, String(value)] as [string, string]));
      response.end(JSON.stringify({ address: clientAddress(headers, 0) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as import("node:net").AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_ADDRESS_HEADER]: "203.0.113.66", "x-forwarded-for": "198.51.100.1" } });
      expect(await answer.json()).toEqual({ address: "127.0.0.1" });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
