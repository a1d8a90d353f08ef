// `npm run worker`: one job worker on its own (run as many as you like; pg-boss shares the work),
// bundled and started with the same node arguments as `npm start`'s worker.
import { spawn } from "node:child_process";
import { root, workerNodeArgs } from "./lib/local-stack";

async function main() {
  const child = spawn(process.execPath, await workerNodeArgs(), { cwd: root, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
