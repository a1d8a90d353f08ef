// `npm test`: every check CI runs, in order, stopping at the first failure.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

const steps: [string, string, string[]][] = [
  ["types", bin("tsc"), ["--noEmit"]],
  ["lint", bin("eslint"), ["--max-warnings=0", "."]],
  ["layering", bin("tsx"), ["scripts/check-deps.mts"]],
  ["dead code", bin("knip"), []],
  ["schema vs migrations", bin("tsx"), ["scripts/check-migrations.ts"]],
  ["unit and integration tests", bin("vitest"), ["run", "--project", "unit", "--project", "integration"]],
  ["deployment build", bin("vitest"), ["run", "--project", "deploy"]],
  ["browser tests", bin("playwright"), ["test"]],
  ["bootstrap browser test", bin("playwright"), ["test", "-c", "playwright.bootstrap.config.ts"]],
];

const only = process.argv.slice(2);
for (const [name, command, args] of steps) {
  if (only.length && !only.some((filter) => name.includes(filter))) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
