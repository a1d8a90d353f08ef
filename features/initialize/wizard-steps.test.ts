import { describe, expect, it } from "vitest";
import { toFormValues } from "@/features/settings/form";
import { DEFAULT_CLUSTER_SETTINGS } from "@/lib/cluster-settings";
import { draftFrom, stepFrom, stepHref, stepToShow } from "./wizard-steps";

describe("the wizard's steps in the URL", () => {
  it("reads the step a URL asks for; anything else is the first", () => {
    expect(stepFrom("settings")).toBe("settings");
    expect(stepFrom("review")).toBe("review");
    expect(stepFrom("nope")).toBe("preflight");
    expect(stepFrom(null)).toBe("preflight");
    expect(stepHref("/clusters/x/initialize", "settings")).toBe("/clusters/x/initialize?step=settings");
    expect(stepHref("/clusters/x/initialize", "preflight")).toBe("/clusters/x/initialize");
  });

  it("shows the first step that needs attention when a URL asks for a later one", () => {
    expect(stepToShow("review", { preflightOk: false, settingsOk: true })).toBe("preflight");
    expect(stepToShow("settings", { preflightOk: false, settingsOk: true })).toBe("preflight");
    expect(stepToShow("review", { preflightOk: true, settingsOk: false })).toBe("settings");
    expect(stepToShow("review", { preflightOk: true, settingsOk: true })).toBe("review");
    expect(stepToShow("preflight", { preflightOk: true, settingsOk: true })).toBe("preflight");
  });

  it("takes back a kept draft, only with the form's kinds of values", () => {
    const defaults = toFormValues(DEFAULT_CLUSTER_SETTINGS);
    expect(draftFrom(JSON.stringify({ ...defaults, nodeCidr: "10.1.0.0/22", tags: [{ name: "a", value: "1" }] }))).toEqual({ ...defaults, nodeCidr: "10.1.0.0/22", tags: [{ name: "a", value: "1" }] });
    expect(draftFrom(JSON.stringify({ maxNodeCount: "many", readReplica: 1, unknown: true, tags: [{ name: 1 }], customCaCertificate: "pem" }))).toEqual({ ...defaults, tags: [], customCaCertificate: "pem" });
    expect(draftFrom("not json")).toBeNull();
    expect(draftFrom(null)).toBeNull();
    expect(draftFrom("[1]")).toBeNull();
  });
});
