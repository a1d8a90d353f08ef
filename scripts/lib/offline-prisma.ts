// Runs Prisma CLI commands on machines that cannot download Prisma's native engines.
// See docs/decisions/0001-prisma-offline.md.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/** An engine "binary" that always fails, so the CLI never tries to download the real one. */
function failingEngineStub(): string {
  const stub = path.join(os.tmpdir(), "portal-prisma-engine-stub.sh");
  if (!fs.existsSync(stub)) fs.writeFileSync(stub, "#!/bin/sh\nexit 1\n", { mode: 0o755 });
  return stub;
}

export function offlinePrismaEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const stub = failingEngineStub();
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_QUERY_ENGINE_LIBRARY: stub,
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    ...extra,
  };
}

/** `prisma generate` with Prisma 7 (the generator needs no engine; the CLI only thinks it does). */
export function generateClient(): void {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], {
    cwd: root,
    env: offlinePrismaEnv({ DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/portal" }),
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("prisma generate failed");
}

/**
 * The SQL that creates `to` from `from` (a schema file, or nothing), computed by Prisma 6's
 * WebAssembly schema engine, which runs offline. Prisma 6 needs `url` in the datasource
 * block and a driver adapter in its config, so both are supplied from a temporary folder.
 */
export function diffSchemas(from: string | null, to: string, databaseUrl: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-prisma6-"));
  const withUrl = (file: string, name: string) => {
    const text = fs.readFileSync(file, "utf8").replace(/datasource db \{\n(\s*)provider = "postgresql"\n/, 'datasource db {\n$1provider = "postgresql"\n$1url      = env("DATABASE_URL")\n');
    const out = path.join(dir, name);
    fs.writeFileSync(out, text);
    return out;
  };
  const config = path.join(root, "scripts/lib/prisma6.config.ts");
  const args = [path.join(root, "node_modules/prisma6/build/index.js"), "migrate", "diff", "--config", config];
  args.push(...(from ? ["--from-schema-datamodel", withUrl(from, "from.prisma")] : ["--from-empty"]));
  args.push("--to-schema-datamodel", withUrl(to, "to.prisma"), "--script");
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: offlinePrismaEnv({ DATABASE_URL: databaseUrl }),
    encoding: "utf8",
    timeout: 120_000,
  });
  fs.rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout.replace(/^Loaded Prisma config from .*\n+/m, "");
}
