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
