// `npx tsx scripts/make-mda.ts --version 10.24.3.77543 [--model 1.0.0] [--name DemoApp] [--out app.mda]`:
// writes a test deployment package of any Mendix version (see scripts/lib/mda.ts).
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { mdaStream } from "./lib/mda";

async function main() {
  const { values } = parseArgs({
    options: { version: { type: "string" }, model: { type: "string", default: "1.0.0" }, name: { type: "string", default: "DemoApp" }, out: { type: "string" } },
  });
  if (!values.version || !/^\d+\.\d+\.\d+(\.\d+)?$/.test(values.version)) {
    console.error("Usage: tsx scripts/make-mda.ts --version 10.24.3.77543 [--model 1.0.0] [--name DemoApp] [--out file.mda]");
    process.exit(2);
  }
  const out = values.out ?? `${values.name}_${values.version}.mda`;
  await pipeline(mdaStream({ runtimeVersion: values.version, modelVersion: values.model, projectName: values.name }), createWriteStream(out));
  console.log(`Wrote ${out} (Mendix ${values.version}, model ${values.model}).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
