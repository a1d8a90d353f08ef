import { describe, expect, it } from "vitest";
import { currentTrace, requestIdFrom, withTrace } from "./trace";

describe("request ids", () => {
  it("keep a caller's sane token and replace anything else with a UUID", () => {
    expect(requestIdFrom("support-case-0001")).toBe("support-case-0001");
    expect(requestIdFrom("0b5e6c3a-3f0e-4f3c-9a53-0e2a6f1f8c11")).toBe("0b5e6c3a-3f0e-4f3c-9a53-0e2a6f1f8c11");
    for (const bad of [null, undefined, "", "short", "has space in it", "new\nline-injected", "x".repeat(129), "-leading-dash"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it("nest: an inner trace adds to the outer one", () => {
    withTrace({ requestId: "outer-request" }, () => {
      withTrace({ operationId: "op-1" }, () => expect(currentTrace()).toEqual({ requestId: "outer-request", operationId: "op-1" }));
      expect(currentTrace()).toEqual({ requestId: "outer-request" });
    });
    expect(currentTrace()).toEqual({});
  });
});
