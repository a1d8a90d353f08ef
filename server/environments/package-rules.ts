import "server-only";
import { MIN_MENDIX_VERSION } from "@/lib/environments";

// What a deployment package must be (PRODUCT.md §5): an .mda (a zip with the model's metadata)
// built with Mendix 10.10 or later. Pure rules, unit-tested in package-rules.test.ts.

/** Where an .mda names the Mendix version it was built with (as the Mendix buildpacks read it). */
export const METADATA_ENTRY = "model/metadata.json";

export interface MendixVersion {
  major: number;
  minor: number;
  patch: number;
  /** As written in the package, e.g. "10.24.3.77543". */
  text: string;
}

export function parseMendixVersion(value: unknown): MendixVersion | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,4})(?:\.\d{1,9})?$/.exec(value.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), text: value.trim() };
}

export function isSupportedVersion(version: MendixVersion): boolean {
  return version.major > MIN_MENDIX_VERSION.major || (version.major === MIN_MENDIX_VERSION.major && version.minor >= MIN_MENDIX_VERSION.minor);
}

/** The service's refusal of an older package. */
export function unsupportedVersionMessage(version: MendixVersion): string {
  return `This package was built with Mendix ${version.text}. Mendix on Azure runs apps built with Mendix ${MIN_MENDIX_VERSION.major}.${MIN_MENDIX_VERSION.minor} or later: upgrade the app in Studio Pro and build a new package.`;
}

export const NOT_AN_MDA = "This file is not a Mendix deployment package (.mda). Build one in Studio Pro with Create Deployment Package.";

export interface PackageMetadata {
  runtimeVersion: MendixVersion;
  modelVersion: string;
}

/** Reads `model/metadata.json` of a package; null when it does not name a Mendix version. */
export function parsePackageMetadata(text: string): PackageMetadata | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null) return null;
  const record = json as Record<string, unknown>;
  const runtimeVersion = parseMendixVersion(record.RuntimeVersion);
  if (!runtimeVersion) return null;
  const modelVersion = typeof record.ModelVersion === "string" && /^[\w.+-]{1,64}$/.test(record.ModelVersion) ? record.ModelVersion : "1.0.0";
  return { runtimeVersion, modelVersion };
}

/** An upload's file name, if given, must end in .mda. */
export function hasMdaName(fileName: string | null): boolean {
  return fileName === null || /\.mda$/i.test(fileName);
}
