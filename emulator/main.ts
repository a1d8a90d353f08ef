// CLI: `npm run emulator -- [--port 4010] [--state-dir .data/arm-emulator] [--provision-ms 1500]
//        [--postgres-host 127.0.0.1 --postgres-port 5432] [--blob-endpoint http://127.0.0.1:10000/devstoreaccount1]
//        [--faults faults.json] [--unregistered-providers Microsoft.Dashboard,Microsoft.Monitor] [--in-memory]`
import { readFileSync } from "node:fs";
import { startEmulator } from "./server";
import type { EmulatorOptions, FaultRule } from "./types";

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) continue;
    const eq = a.indexOf("=");
    if (eq > 0) out[a.slice(2, eq)] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) out[a.slice(2)] = argv[++i];
    else out[a.slice(2)] = "true";
  }
  return out;
}

function num(v: string | undefined, name: string): number | undefined {
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got '${v}'`);
  return n;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const env = process.env;
  const pgHost = args["postgres-host"] ?? env.ARM_EMULATOR_POSTGRES_HOST;
  const pgPort = num(args["postgres-port"] ?? env.ARM_EMULATOR_POSTGRES_PORT, "--postgres-port");
  const faultsFile = args["faults"] ?? env.ARM_EMULATOR_FAULTS;
  let faults: FaultRule[] | undefined;
  if (faultsFile) {
    const parsed = JSON.parse(readFileSync(faultsFile, "utf8"));
    faults = Array.isArray(parsed) ? parsed : parsed.faults;
  }
  const unregistered = args["unregistered-providers"] ?? env.ARM_EMULATOR_UNREGISTERED_PROVIDERS;
  const opts: EmulatorOptions = {
    port: num(args["port"] ?? env.ARM_EMULATOR_PORT, "--port") ?? 4010,
    stateDir: args["in-memory"] === "true" ? null : (args["state-dir"] ?? env.ARM_EMULATOR_STATE_DIR ?? ".data/arm-emulator"),
    provisionMs: num(args["provision-ms"] ?? env.ARM_EMULATOR_PROVISION_MS, "--provision-ms") ?? 1500,
    postgres: pgHost || pgPort ? { host: pgHost ?? "127.0.0.1", port: pgPort ?? 5432 } : undefined,
    blobEndpoint: args["blob-endpoint"] ?? env.ARM_EMULATOR_BLOB_ENDPOINT,
    faults,
    unregisteredProviders: unregistered ? unregistered.split(",").map((s) => s.trim()).filter(Boolean) : undefined,
  };
  const emu = await startEmulator(opts);
  console.log(`ARM emulator listening on ${emu.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await emu.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err) => {
  console.error("ARM emulator failed to start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
