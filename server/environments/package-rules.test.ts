import { describe, expect, it } from "vitest";
import { hasMdaName, isSupportedVersion, parseMendixVersion, parsePackageMetadata, unsupportedVersionMessage } from "./package-rules";

describe("package rules", () => {
  it("parses Mendix versions with or without a build number", () => {
    expect(parseMendixVersion("10.24.3.77543")).toMatchObject({ major: 10, minor: 24, patch: 3 });
    expect(parseMendixVersion("10.10.0")).toMatchObject({ major: 10, minor: 10, patch: 0 });
    for (const bad of ["10", "10.x.1", "", 10, null, "10.24.3.1.2", "v10.24.3"]) expect(parseMendixVersion(bad)).toBeNull();
  });

  it("runs Mendix 10.10 and later only", () => {
    const supported = (v: string) => isSupportedVersion(parseMendixVersion(v)!);
    expect(supported("10.10.0")).toBe(true);
    expect(supported("10.24.3.1")).toBe(true);
    expect(supported("11.0.0")).toBe(true);
    expect(supported("10.9.9")).toBe(false);
    expect(supported("9.24.30")).toBe(false);
    expect(unsupportedVersionMessage(parseMendixVersion("9.24.0.2965")!)).toMatch(/Mendix 9\.24\.0\.2965.*10\.10 or later/);
  });

  it("reads the runtime and model version from the package metadata", () => {
    expect(parsePackageMetadata(JSON.stringify({ RuntimeVersion: "10.24.3.77543", ModelVersion: "1.4.0" }))).toMatchObject({ runtimeVersion: { text: "10.24.3.77543" }, modelVersion: "1.4.0" });
    expect(parsePackageMetadata(JSON.stringify({ RuntimeVersion: "10.24.3" }))?.modelVersion).toBe("1.0.0");
    expect(parsePackageMetadata("{not json")).toBeNull();
    expect(parsePackageMetadata(JSON.stringify({ ModelVersion: "1.0.0" }))).toBeNull();
  });

  it("accepts .mda file names only", () => {
    expect(hasMdaName("App_1.0.mda")).toBe(true);
    expect(hasMdaName("APP.MDA")).toBe(true);
    expect(hasMdaName(null)).toBe(true);
    expect(hasMdaName("app.zip")).toBe(false);
  });
});
