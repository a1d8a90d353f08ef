import { describe, expect, it } from "vitest";
import { missingComponentState } from "./component-health";

const missing = { code: "ResourceNotFound", message: "The resource no longer exists in the managed resource group." };

describe("a component Azure reports missing", () => {
  it("keeps the cause of a failed creation", () => {
    const quota = { code: "QuotaExceeded", message: "quota" };
    expect(missingComponentState({ state: "FAILED", lastError: quota }, missing)).toEqual({ state: "FAILED", lastError: quota });
  });
  it("stays pending when it was never created", () => {
    expect(missingComponentState({ state: "PENDING", lastError: null }, missing)).toEqual({ state: "PENDING", lastError: null });
  });
  it("is reported missing when it existed", () => {
    expect(missingComponentState({ state: "SUCCEEDED", lastError: null }, missing)).toEqual({ state: "FAILED", lastError: missing });
    expect(missingComponentState({ state: "FAILED", lastError: missing }, missing)).toEqual({ state: "FAILED", lastError: missing });
  });
});
