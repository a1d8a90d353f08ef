// Test deployment packages (.mda): a zip laid out like the ones Studio Pro builds, with the Mendix
// version in model/metadata.json, a small model file and a few web assets. Used by the tests,
// the demo data and scripts/make-mda.ts.
import yazl from "yazl";

export interface MdaOptions {
  /** e.g. "10.24.3.77543" */
  runtimeVersion: string;
  modelVersion?: string;
  projectName?: string;
  /** Extra filler bytes (to test size limits and streaming). */
  paddingBytes?: number;
}

/** The package as a stream of zip bytes. */
export function mdaStream(options: MdaOptions): NodeJS.ReadableStream {
  const zip = new yazl.ZipFile();
  const metadata = {
    RuntimeVersion: options.runtimeVersion,
    ModelVersion: options.modelVersion ?? "1.0.0",
    ProjectName: options.projectName ?? "DemoApp",
    Modules: [{ Name: "MyFirstModule", Version: "1.0.0" }],
    Constants: [],
    ScheduledEvents: [],
  };
  zip.addBuffer(Buffer.from(JSON.stringify(metadata, null, 2)), "model/metadata.json");
  zip.addBuffer(Buffer.from(`${options.projectName ?? "DemoApp"} model ${options.modelVersion ?? "1.0.0"}\n`), "model/model.mdp");
  zip.addBuffer(Buffer.from("<!doctype html><title>Mendix</title>\n"), "web/index.html");
  zip.addBuffer(Buffer.from("body{margin:0}\n"), "web/theme.compiled.css");
  if (options.paddingBytes) zip.addBuffer(Buffer.alloc(options.paddingBytes, 7), "model/resources/padding.bin", { compress: false });
  zip.end();
  return zip.outputStream;
}

/** The package in memory (small test packages only). */
export async function mdaBuffer(options: MdaOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of mdaStream(options)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
