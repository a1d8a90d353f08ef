// `npm run check:deps`: checks the layering rules in .dependency-cruiser.cjs (part of `npm test`).
// Runs dependency-cruiser through its API: its command line refuses Node 20, its API does not.
// Usage: tsx scripts/check-deps.mts [--config <file>] [paths…]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, format, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

export const CHECKED_PATHS = ["app", "features", "server", "lib", "components", "emulator", "worker", "scripts", "bench", "tests", "prisma"];

/** Cruises `paths` (relative to `cwd`) with the rules of `configFile`; returns the violations as text, "" when none. */
export async function checkDependencies(cwd: string, paths: string[], configFile = ".dependency-cruiser.cjs"): Promise<{ errors: number; report: string }> {
  const options = await extractDepcruiseOptions(path.resolve(cwd, configFile));
  const tsConfig = path.resolve(cwd, options.tsConfig?.fileName ?? "tsconfig.json");
  const result = await cruise(paths, { ...options, baseDir: cwd, tsConfig: { fileName: tsConfig } }, undefined, { tsConfig: extractTSConfig(tsConfig) });
  const cruised = result.output as ICruiseResult;
  const report = await format(cruised, { outputType: "err" });
  return { errors: cruised.summary.error, report: String(report.output) };
}

async function main() {
  const args = process.argv.slice(2);
  const configAt = args.indexOf("--config");
  const config = configAt >= 0 ? args.splice(configAt, 2)[1] : undefined;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const { errors, report } = await checkDependencies(root, args.length ? args : CHECKED_PATHS, config);
  process.stdout.write(report);
  process.exit(errors > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
