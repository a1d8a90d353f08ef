import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDependencies } from "./check-deps.mjs";

// The layering rules of .dependency-cruiser.cjs, run on a small made-up tree: the check must
// fail on each kind of forbidden import, and pass once the tree keeps its layers.
const root = mkdtempSync(path.join(os.tmpdir(), "check-deps-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.resolve(__dirname, "../.dependency-cruiser.cjs"), path.join(dir, ".dependency-cruiser.cjs"));
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { baseUrl: ".", paths: { "@/*": ["./*"] }, module: "esnext", moduleResolution: "bundler" } }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const layered = {
  "app/page.tsx": 'import { Panel } from "@/features/panel";\nexport default Panel;\n',
  "features/panel.tsx": 'import { listThings } from "@/server/domain/list-things";\nexport const Panel = () => listThings();\n',
  "server/domain/list-things.ts": 'import { readThings } from "../store/things";\nexport const listThings = () => readThings();\n',
  "server/store/things.ts": 'import { LABEL } from "@/lib/labels";\nexport const readThings = () => [LABEL];\n',
  "lib/labels.ts": 'export const LABEL = "thing";\n',
  "emulator/server.ts": 'import { route } from "./routes";\nexport const serve = () => route();\n',
  "emulator/routes.ts": "export const route = () => 1;\n",
};

describe("the layering check", () => {
  it("passes on a tree that keeps its layers", async () => {
    const dir = tree("good", layered);
    const { errors, report } = await checkDependencies(dir, ["app", "features", "server", "lib", "emulator"]);
    expect(report).toContain("no dependency violations");
    expect(errors).toBe(0);
  });

  it("fails on server → features, store → domain, emulator → portal and on a cycle", async () => {
    const dir = tree("bad", {
      ...layered,
      "server/store/things.ts": 'import { listThings } from "../domain/list-things";\nimport { Panel } from "@/features/panel";\nexport const readThings = () => [listThings, Panel];\n',
      "emulator/server.ts": 'import { LABEL } from "../lib/labels";\nimport { route } from "./routes";\nexport const serve = () => route() + LABEL;\n',
      "emulator/routes.ts": 'import { serve } from "./server";\nexport const route = () => (serve ? 1 : 0);\n',
    });
    const { errors, report } = await checkDependencies(dir, ["app", "features", "server", "lib", "emulator"]);
    expect(report).toContain("server-not-to-ui: server/store/things.ts → features/panel.tsx");
    expect(report).toContain("adapters-not-to-domain: server/store/things.ts → server/domain/list-things.ts");
    expect(report).toContain("emulator-stands-alone: emulator/server.ts → lib/labels.ts");
    expect(report).toMatch(/no-cycles: emulator\/(server|routes)\.ts → emulator\/(routes|server)\.ts/);
    expect(errors).toBeGreaterThanOrEqual(4);
  });
});
