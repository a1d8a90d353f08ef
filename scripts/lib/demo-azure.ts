// Makes the ARM emulator consistent with freshly seeded demo data: the Azure resources of the
// seeded Initialized clusters, the resources the seeded Failed cluster got before it failed, the
// Owner role of each organisation owner on their subscription, the managed application of every
// seeded cluster (and of a subscription not connected yet; demo-managed-apps.ts), and the
// environments' databases, files, packages and MendixApps (demo-environments.ts).
//
// The reconciler lives in server/ (modules marked `server-only`), which only loads under the
// `react-server` condition; `provisionDemoAzure` therefore runs this file as a child process with
// that condition, and the child does the work.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { provisionDemoEnvironments } from "./demo-environments";

const self = fileURLToPath(import.meta.url);

/**
 * Called by scripts/start.ts right after the demo data was seeded (and the emulator started). With
 * `emptyOwner` (`npm start -- --empty`: no demo data) only the Azure side a new customer brings:
 * the demo's unconnected subscription with its managed application, and the Owner role on it for
 * that Azure principal.
 */
export async function provisionDemoAzure(databaseUrl: string, armEndpoint: string, emptyOwner?: string): Promise<void> {
  const root = path.resolve(path.dirname(self), "../..");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", self, databaseUrl, armEndpoint, ...(emptyOwner ? [emptyOwner] : [])], {
      cwd: root,
      env: { ...process.env, DEMO_AZURE_CHILD: "1" },
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`demo Azure set-up failed (exit ${code})`))));
  });
}

async function run(databaseUrl: string, armEndpoint: string, emptyOwner?: string) {
  const [{ EmulatorAdminClient }, { OWNER_ROLE_ID, CONTRIBUTOR_ROLE_ID }, { createDb }, { createAzureGateway }, { planFor, reconcileAzure }, { ZClusterSettings }, { COMPONENT_SPECS }] = await Promise.all([
    import("../../emulator/admin-client"),
    import("../../emulator/types"),
    import("../../server/db"),
    import("../../server/azure/gateway"),
    import("../../server/domain/clusters/reconcile-cluster"),
    import("../../lib/cluster-settings"),
    import("../../lib/cluster-components"),
  ]);
  const { DEMO_CONTRIBUTORS, DEMO_UNCONNECTED_SUBSCRIPTION } = await import("../../prisma/demo-data");
  const { ALERT_RULES_STEP } = await import("../../lib/alert-rules");
  const { deployManagedApplication } = await import("./demo-managed-apps");
  const { readIngressAddress } = await import("../../server/azure/load-balancer");
  const db = createDb(databaseUrl, 4);
  const admin = new EmulatorAdminClient(armEndpoint);
  const gateway = createAzureGateway({ mode: "local", endpoint: armEndpoint, pollIntervalMs: 10 });
  const { provisionMs } = await admin.config();
  await admin.setProvisionMs(0);
  const spare = DEMO_UNCONNECTED_SUBSCRIPTION;
  const deploySpare = async () => {
    await admin.setSubscription({ subscriptionId: spare.subscriptionId, tenantId: spare.tenantId, displayName: spare.displayName });
    for (const app of spare.applications) await deployManagedApplication(gateway.clientsFor(spare.subscriptionId), app);
    return spare.applications.length;
  };
  try {
    if (emptyOwner) {
      const applications = await deploySpare();
      await admin.setRoleAssignments([{ principalId: emptyOwner, roleDefinitionId: OWNER_ROLE_ID, scope: `/subscriptions/${spare.subscriptionId}`, principalType: "User" }], false);
      console.log(`Demo Azure subscription ready for a new organisation (${spare.displayName}, ${applications} managed application(s)).`);
      return;
    }
    const owners = await db.membership.findMany({ where: { role: "OWNER" }, include: { user: true, org: { include: { azureConnections: true } } } });
    const assignments = owners.flatMap((m) =>
      m.user.azurePrincipalId ? m.org.azureConnections.map((c) => ({ principalId: m.user.azurePrincipalId!, roleDefinitionId: OWNER_ROLE_ID, scope: `/subscriptions/${c.subscriptionId}`, principalType: "User" as const })) : [],
    );
    // Contributors of the demo (the Contoso manager) on their organisation's subscriptions.
    const contributors = await db.membership.findMany({ where: { user: { email: { in: [...DEMO_CONTRIBUTORS] } } }, include: { user: true, org: { include: { azureConnections: true } } } });
    for (const m of contributors) {
      for (const c of m.org.azureConnections) {
        if (m.user.azurePrincipalId) assignments.push({ principalId: m.user.azurePrincipalId, roleDefinitionId: CONTRIBUTOR_ROLE_ID, scope: `/subscriptions/${c.subscriptionId}`, principalType: "User" as const });
      }
    }
    await admin.setRoleAssignments(assignments, false);

    const clusters = await db.cluster.findMany({ where: { status: { in: ["INITIALIZED", "FAILED"] } }, include: { connection: true, components: true } });
    for (const cluster of clusters) {
      const settings = ZClusterSettings.parse(cluster.status === "INITIALIZED" ? cluster.actualSettings : cluster.desiredSettings);
      const done = new Set(cluster.components.filter((c) => c.state === "SUCCEEDED").map((c) => COMPONENT_SPECS.find((s) => s.kind === c.kind)!.label));
      // Only what the database says exists: a Failed cluster keeps its failed and pending parts missing.
      const clients = gateway.clientsFor(cluster.connection.subscriptionId);
      await reconcileAzure(clients, planFor(cluster, cluster.connection.subscriptionId, settings), {
        step: async (label, work) => (done.has(label) || (label === ALERT_RULES_STEP && cluster.status === "INITIALIZED") ? work() : undefined),
      });
      // The load balancer IP is Azure's to give: record the one the emulator gave, as initialization does.
      const aks = cluster.components.find((c) => c.kind === "AKS" && c.state === "SUCCEEDED");
      if (aks) {
        const address = await readIngressAddress(clients, cluster.managedResourceGroup, aks.name);
        await db.cluster.update({ where: { id: cluster.id }, data: { loadBalancerIp: address?.ipAddress ?? null } });
      }
    }
    // The Marketplace deployments: every seeded cluster's managed application in its subscription
    // (of the connection's tenant), and one in a subscription no organisation has connected yet.
    const connections = await db.azureConnection.findMany({ include: { clusters: true } });
    let applications = 0;
    for (const connection of connections) {
      await admin.setSubscription({ subscriptionId: connection.subscriptionId, tenantId: connection.tenantId, displayName: connection.displayName });
      for (const cluster of connection.clusters) {
        const [, , , , resourceGroup, , , , name] = cluster.managedApplicationId.split("/");
        await deployManagedApplication(gateway.clientsFor(connection.subscriptionId), { name, region: cluster.region, resourceGroup, managedResourceGroup: cluster.managedResourceGroup });
        applications++;
      }
    }
    applications += await deploySpare();
    // The environments' data needs the local PostgreSQL and Azurite behind the emulator's servers.
    const { postgres, blobEndpoint } = await admin.config();
    const environments = postgres && blobEndpoint ? await provisionDemoEnvironments(databaseUrl, armEndpoint) : 0;
    console.log(`Demo Azure resources ready (${clusters.length} cluster(s), ${applications} managed application(s), ${environments} environment(s), ${assignments.length} role assignment(s)).`);
  } finally {
    await admin.setProvisionMs(provisionMs);
    await db.$disconnect();
  }
}

if (process.env.DEMO_AZURE_CHILD === "1" && process.argv[1] && path.resolve(process.argv[1]) === self) {
  run(process.argv[2], process.argv[3], process.argv[4]).then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
