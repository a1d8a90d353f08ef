// Real parts for the seeded environments (run inside the demo Azure set-up child, which may load
// server modules): each gets its database with a few tables and rows, a few files, a generated
// Mendix 10.24 package in the cluster's storage account, and its MendixApp in the emulated AKS in
// the state the demo data gives it.
import { DEMO_PACKAGE } from "../../prisma/demo-data";
import { mdaStream } from "./mda";

const TABLES = `
CREATE TABLE IF NOT EXISTS "customers$customer" (id bigint PRIMARY KEY, name text NOT NULL, email text, created timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS "orders$order" (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES "customers$customer"(id), total numeric(12,2) NOT NULL, status text NOT NULL);
CREATE TABLE IF NOT EXISTS "system$filedocument" (id bigint PRIMARY KEY, name text NOT NULL, file_id uuid NOT NULL, size bigint NOT NULL);
`;

const FILES = [
  { id: "3f1c2a9e-6a51-4b8e-9d4e-1b2c3d4e5f60", name: "invoice-1001.pdf", body: "%PDF-1.4 demo invoice 1001\n" },
  { id: "7b2d4c6e-8f90-4a1b-8c2d-3e4f5a6b7c80", name: "logo.png", body: "PNG demo logo bytes\n" },
  { id: "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e70", name: "terms.txt", body: "Terms and conditions of the demo shop.\n" },
];

export async function provisionDemoEnvironments(databaseUrl: string, armEndpoint: string): Promise<number> {
  const [{ createDb }, { createAzureGateway }, { createDataPlane }, { storePackage }, { kubernetesFor }, { mendixAppBody }, { appHost, dataTarget, kubeCluster }] = await Promise.all([
    import("../../server/db"),
    import("../../server/azure/gateway"),
    import("../../server/environments/data-plane"),
    import("../../server/environments/package-store"),
    import("../../server/kubernetes/client"),
    import("../../server/kubernetes/mendix-app"),
    import("../../server/domain/environments/environment-target"),
  ]);
  const db = createDb(databaseUrl, 4);
  const gateway = createAzureGateway({ mode: "local", endpoint: armEndpoint, pollIntervalMs: 10 });
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = "/postgres";
  const dataPlane = createDataPlane({ mode: "local", gateway, adminUrl: adminUrl.toString() });
  try {
    const environments = await db.environment.findMany({ where: { cluster: { status: "INITIALIZED" } }, include: { cluster: { include: { connection: true, namespace: true } } }, orderBy: { name: "asc" } });
    for (const environment of environments) {
      const target = dataTarget(environment);
      await dataPlane.provision(target);
      const client = await dataPlane.connect(target);
      try {
        await client.query(TABLES);
        await client.query(`INSERT INTO "customers$customer" (id, name, email) VALUES (1, 'Northwind Traders', 'orders@northwind.example'), (2, 'Adventure Works', 'buy@adventure-works.example'), (3, 'Tailspin Toys', 'hello@tailspin.example') ON CONFLICT DO NOTHING`);
        await client.query(`INSERT INTO "orders$order" (id, customer_id, total, status) VALUES (1001, 1, 249.50, 'Paid'), (1002, 2, 1200.00, 'Shipped'), (1003, 1, 35.90, 'Open'), (1004, 3, 89.00, 'Paid') ON CONFLICT DO NOTHING`);
        for (const [index, file] of FILES.entries()) {
          await client.query(`INSERT INTO "system$filedocument" (id, name, file_id, size) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [index + 1, file.name, file.id, Buffer.byteLength(file.body)]);
        }
      } finally {
        await client.end();
      }
      const files = await dataPlane.files(target);
      for (const file of FILES) await files.getBlockBlobClient(file.id).upload(file.body, Buffer.byteLength(file.body));

      const stored = await storePackage(await dataPlane.storage(target), environment.id, mdaStream({ runtimeVersion: DEMO_PACKAGE.runtimeVersion, modelVersion: DEMO_PACKAGE.modelVersion, projectName: DEMO_PACKAGE.projectName }) as never);
      await db.environment.update({ where: { id: environment.id }, data: { packageBlob: stored.blobName } });

      const apps = kubernetesFor(gateway).apps(kubeCluster(environment.cluster));
      const namespace = environment.cluster.namespace!.name;
      await apps.ensureNamespace(namespace);
      if (!(await apps.get(namespace, environment.name))) {
        const storage = await dataPlane.storage(target);
        const body = mendixAppBody({
          environmentId: environment.id,
          name: environment.name,
          plan: environment.plan,
          replicas: environment.state === "RUNNING" ? environment.instances : 0,
          appHost: appHost(environment.name, environment.cluster.appDomain),
          databaseName: environment.databaseName,
          filesContainer: environment.filesContainer,
          source: { url: storage.getContainerClient("mendix-packages").getBlockBlobClient(stored.blobName).url, modelVersion: DEMO_PACKAGE.modelVersion, runtimeVersion: DEMO_PACKAGE.runtimeVersion },
        });
        await apps.create(namespace, body);
      }
    }
    return environments.length;
  } finally {
    await db.$disconnect();
  }
}
