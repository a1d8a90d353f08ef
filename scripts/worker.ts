// `npm run worker`: one job worker on its own (run as many as you like; pg-boss shares the work),
// bundled and started with the same node arguments as `npm start`'s worker.
import { spawn } from "node:child_process";
import path from "node:path";
import { root, workerNodeArgs } from "./lib/local-stack";

async function main() {
  const args = await workerNodeArgs();
  // `--build`: only write the bundle (the worker image builds it once and runs it with node).
  if (process.argv.includes("--build")) return console.log(`node ${args.map((arg) => (path.isAbsolute(arg) ? path.relative(root, arg) : arg)).join(" ")}`);
  const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
