import fs from "node:fs";
import path from "node:path";
import { load, loadAll } from "js-yaml";
import { describe, expect, it } from "vitest";
import { workerNodeArgs } from "@/scripts/lib/local-stack";
import { AZURE_MODE_SETTINGS, knownSettings, requiredSettings } from "@/server/env";

// The Kubernetes manifests and the Dockerfile are checked as data: no cluster or Docker engine
// runs here, so these tests hold them to what the portal needs (image, probes, settings).

const dir = path.join(import.meta.dirname, "kubernetes");
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are free-form YAML; each test reads the paths it checks
type Doc = { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: any };

const kustomization = load(fs.readFileSync(path.join(dir, "kustomization.yaml"), "utf8")) as { resources: string[] };
const docs: Doc[] = kustomization.resources.flatMap((file) => loadAll(fs.readFileSync(path.join(dir, file), "utf8")) as Doc[]);
const find = (kind: string, name: string) => {
  const doc = docs.find((candidate) => candidate.kind === kind && candidate.metadata.name === name);
  if (!doc) throw new Error(`no ${kind} ${name}`);
  return doc;
};
const container = (deployment: Doc) => deployment.spec.template.spec.containers[0];

describe("Kubernetes manifests", () => {
  it("list every file of the folder and parse into named resources", () => {
    const files = fs.readdirSync(dir).filter((file) => file.endsWith(".yaml") && file !== "kustomization.yaml");
    expect(kustomization.resources.sort()).toEqual(files.sort());
    for (const doc of docs) expect(doc.apiVersion && doc.kind && doc.metadata?.name, JSON.stringify(doc).slice(0, 80)).toBeTruthy();
  });

  it("run two web replicas of the web image, probed on the health endpoints, with resources", () => {
    const web = find("Deployment", "portal-web");
    const main = container(web);
    expect(web.spec.replicas).toBe(2);
    expect(main.image).toMatch(/mendix-portal-web:/);
    const port = main.ports[0].name;
    expect(main.readinessProbe.httpGet).toEqual({ path: "/api/health/ready", port });
    expect(main.livenessProbe.httpGet).toEqual({ path: "/api/health/live", port });
    expect(main.resources.requests.cpu && main.resources.requests.memory && main.resources.limits.memory).toBeTruthy();
    expect(web.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
  });

  it("cap the web process's heap at half its container's memory limit", () => {
    const main = container(find("Deployment", "portal-web"));
    const options = (main.env as { name: string; value: string }[]).find((entry) => entry.name === "NODE_OPTIONS")?.value ?? "";
    const heapMb = Number(/--max-old-space-size=(\d+)/.exec(options)?.[1]);
    const limitMi = Number(/^(\d+)Mi$/.exec(main.resources.limits.memory)?.[1]);
    expect(heapMb).toBeGreaterThan(0);
    expect(heapMb).toBeLessThanOrEqual(limitMi / 2);
  });

  it("run the worker and the migration Job from the worker image", () => {
    const worker = find("Deployment", "portal-worker");
    expect(container(worker).image).toMatch(/mendix-portal-worker:/);
    expect(worker.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    const job = find("Job", "portal-migrate");
    expect(job.spec.template.spec.containers[0].command).toEqual(["npm", "run", "db:migrate"]);
  });

  it("route the Service, Ingress and disruption budgets to the web pods", () => {
    const labels = find("Deployment", "portal-web").spec.template.metadata.labels;
    const service = find("Service", "portal-web");
    expect(Object.entries(service.spec.selector).every(([key, value]) => labels[key] === value)).toBe(true);
    const backend = find("Ingress", "portal-web").spec.rules[0].http.paths[0].backend.service;
    expect(backend.name).toBe("portal-web");
    expect(service.spec.ports.map((port: { name: string }) => port.name)).toContain(backend.port.name);
    expect(find("PodDisruptionBudget", "portal-web").spec.selector.matchLabels).toEqual(find("Deployment", "portal-web").spec.selector.matchLabels);
  });

  it("give every required setting through the ConfigMap or the Secret, and only settings the portal knows", () => {
    const config = find("ConfigMap", "portal-config").data as Record<string, string>;
    const secret = find("Secret", "portal-secrets").stringData as Record<string, string>;
    const given = new Set([...Object.keys(config), ...Object.keys(secret)]);
    expect([...requiredSettings(), ...AZURE_MODE_SETTINGS].filter((key) => !given.has(key))).toEqual([]);
    expect(requiredSettings()).toEqual(expect.arrayContaining(["DATABASE_URL", "AUTH_SECRET"]));
    expect([...given].filter((key) => !knownSettings().includes(key))).toEqual([]);
    expect(config.PORTAL_MODE).toBe("azure");
    for (const name of ["portal-web", "portal-worker"]) {
      const from = container(find("Deployment", name)).envFrom;
      expect(from).toEqual([{ configMapRef: { name: "portal-config" } }, { secretRef: { name: "portal-secrets" } }]);
    }
  });
});

describe("Dockerfile", () => {
  const text = fs.readFileSync(path.join(import.meta.dirname, "..", "Dockerfile"), "utf8");
  const stage = (name: string) => text.split(/^FROM /m).find((part) => part.includes(` AS ${name}\n`)) ?? "";

  it("builds the web and worker images on Node 20, running as a non-root user", () => {
    for (const name of ["web", "worker"]) {
      expect(stage(name), name).toMatch(/^node:20/);
      expect(stage(name), name).toMatch(/^USER node$/m);
    }
  });

  it("ships the standalone server without dev dependencies and prunes them from the worker", () => {
    expect(stage("build")).toMatch(/RUN NEXT_OUTPUT=standalone [^\n]*\\\n[^\n]*npm run build/);
    expect(stage("web")).toContain("/app/.next/standalone");
    expect(stage("web")).not.toMatch(/npm (ci|install)/);
    expect(stage("worker")).toContain("npm prune --omit=dev");
  });

  it("runs the worker bundle with the node arguments every other start uses", async () => {
    const args = (await workerNodeArgs()).map((arg) => (path.isAbsolute(arg) ? path.relative(path.join(import.meta.dirname, ".."), arg) : arg));
    expect(stage("build")).toContain("RUN npx tsx scripts/worker.ts --build");
    const command = /^CMD (.*)$/m.exec(stage("worker"))?.[1] ?? "null";
    expect(JSON.parse(command)).toEqual(["node", ...args]);
  });
});
