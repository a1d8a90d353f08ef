import "server-only";
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from "@azure/storage-blob";
import type { TokenCredential } from "@azure/core-auth";
import { DefaultAzureCredential } from "@azure/identity";
import { Client } from "pg";
import { componentName } from "../azure/transform";
import type { AzureGateway } from "../azure/gateway";
import type { ClusterSettings } from "@/lib/cluster-settings";
import { env } from "../env";
import { assertContainerName, assertDatabaseName, ident, roleNameFor } from "./data-plane-names";

/** Where an environment's data lives: its cluster (ClusterPlan facts) and its names there. */
export interface EnvironmentDataTarget {
  subscriptionId: string;
  resourceGroup: string;
  clusterName: string;
  databaseName: string;
  filesContainer: string;
}

/** Connection parameters for pg_dump / pg_restore (passed to the child through PG* variables). */
export interface PgEndpoint {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/** Each environment's real data: its own database + role on the cluster's PostgreSQL server, its own files container. */
export interface EnvironmentDataPlane {
  /** Creates the database, role and files container; idempotent. */
  provision(target: EnvironmentDataTarget): Promise<void>;
  /** Drops every database of the environment's role (all restore generations), the role and its files containers; "already gone" is fine. */
  destroy(target: EnvironmentDataTarget): Promise<void>;
  describe(target: EnvironmentDataTarget): Promise<{ host: string; port: number; name: string }>;
  /** A connected client on the environment's database acting as its role; the caller ends it. */
  connect(target: EnvironmentDataTarget): Promise<Client>;
  /** The environment's files. */
  files(target: EnvironmentDataTarget): Promise<ContainerClient>;
  // ---- for snapshots and restores ----
  /** Administrator connection parameters for `database` on the cluster's server. */
  endpoint(target: EnvironmentDataTarget, database: string): Promise<PgEndpoint>;
  /** A connected administrator client on the server's maintenance database; the caller ends it. */
  admin(target: EnvironmentDataTarget): Promise<Client>;
  /** Creates an empty database owned by the environment's role (dropping a leftover of that name first). */
  createDatabase(target: EnvironmentDataTarget, database: string): Promise<void>;
  dropDatabase(target: EnvironmentDataTarget, database: string): Promise<void>;
  /** The cluster's storage account (snapshot archives live in it). */
  storage(target: EnvironmentDataTarget): Promise<BlobServiceClient>;
  /** A read-only URL of one blob in the cluster's storage account, valid until `expiresOn` (SAS). */
  readUrl(target: EnvironmentDataTarget, container: string, blobName: string, expiresOn: Date): Promise<string>;
}

/** Azurite's published development account (https://learn.microsoft.com/azure/storage/common/storage-use-azurite). */
const AZURITE_ACCOUNT = "devstoreaccount1";
const AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const ENTRA_PG_SCOPE = "https://ossrdbms-aad.database.windows.net/.default";

export type DataPlaneConfig =
  | { mode: "local"; gateway: AzureGateway; /** superuser URL of the local PostgreSQL (user, password, port are used) */ adminUrl: string }
  | { mode: "azure"; gateway: AzureGateway; /** Entra principal name registered as the server's administrator */ adminUser: string; credential?: TokenCredential };

const NO_SETTINGS = {} as ClusterSettings;

export function createDataPlane(config: DataPlaneConfig): EnvironmentDataPlane {
  const servers = new Map<string, { host: string; blob: string }>();
  const credential = config.mode === "azure" ? (config.credential ?? new DefaultAzureCredential()) : null;
  const local = config.mode === "local" ? new URL(config.adminUrl) : null;

  /** The server's host name and the storage account's blob endpoint, read through Resource Manager. */
  async function locate(target: EnvironmentDataTarget) {
    const key = `${target.subscriptionId}/${target.resourceGroup}/${target.clusterName}`;
    const known = servers.get(key);
    if (known) return known;
    const clients = config.gateway.clientsFor(target.subscriptionId);
    const plan = { subscriptionId: target.subscriptionId, resourceGroup: target.resourceGroup, clusterName: target.clusterName, location: "", settings: NO_SETTINGS };
    const [server, account] = await Promise.all([
      clients.postgres.servers.get(target.resourceGroup, componentName(plan, "POSTGRES")),
      clients.storage.storageAccounts.getProperties(target.resourceGroup, componentName(plan, "STORAGE")),
    ]);
    const host = server.fullyQualifiedDomainName;
    const blob = account.primaryEndpoints?.blob;
    if (!host || !blob) throw new Error(`The cluster ${target.clusterName} has no PostgreSQL server or storage account yet.`);
    const found = { host, blob: blob.replace(/\/$/, "") };
    servers.set(key, found);
    return found;
  }

  async function endpoint(target: EnvironmentDataTarget, database: string): Promise<PgEndpoint> {
    const { host } = await locate(target);
    if (local) return { host, port: Number(local.port || 5432), user: decodeURIComponent(local.username), password: decodeURIComponent(local.password), database };
    const token = await credential!.getToken(ENTRA_PG_SCOPE);
    if (!token) throw new Error("No Microsoft Entra token for PostgreSQL.");
    return { host, port: 5432, user: (config as { adminUser: string }).adminUser, password: token.token, database };
  }

  async function clientOn(target: EnvironmentDataTarget, database: string): Promise<Client> {
    const e = await endpoint(target, database);
    const client = new Client({ host: e.host, port: e.port, user: e.user, password: e.password, database: e.database, ssl: local ? undefined : { rejectUnauthorized: true } });
    await client.connect();
    return client;
  }

  async function storage(target: EnvironmentDataTarget): Promise<BlobServiceClient> {
    const { blob } = await locate(target);
    if (local) return new BlobServiceClient(blob, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
    return new BlobServiceClient(blob, credential!);
  }

  async function withAdmin<T>(target: EnvironmentDataTarget, work: (client: Client) => Promise<T>): Promise<T> {
    const client = await clientOn(target, "postgres");
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  async function ensureRole(client: Client, role: string) {
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    if (exists.rowCount === 0) await client.query(`CREATE ROLE ${ident(role)} NOLOGIN`).catch((error: { code?: string }) => {
      if (error.code !== "42710") throw error; // created concurrently
    });
    // The administrator acts as the role (SET ROLE, pg_restore --role); on Azure it is not a superuser.
    await client.query(`GRANT ${ident(role)} TO CURRENT_USER`).catch(() => undefined);
  }

  async function createDatabase(target: EnvironmentDataTarget, database: string, options: { replace: boolean }) {
    assertDatabaseName(database);
    const role = roleNameFor(target.databaseName);
    await withAdmin(target, async (client) => {
      await ensureRole(client, role);
      const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (exists.rowCount && !options.replace) return;
      if (exists.rowCount) await client.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(role)}`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // created concurrently
      });
    });
  }

  return {
    async provision(target) {
      await createDatabase(target, target.databaseName, { replace: false });
      const service = await storage(target);
      await service.getContainerClient(assertContainerName(target.filesContainer)).createIfNotExists();
    },
    async destroy(target) {
      const role = roleNameFor(target.databaseName);
      await withAdmin(target, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${ident(target.databaseName)} WITH (FORCE)`);
        const owned = await client.query<{ datname: string }>("SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE r.rolname = $1", [role]);
        for (const row of owned.rows) await client.query(`DROP DATABASE IF EXISTS ${ident(row.datname)} WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS ${ident(role)}`);
      });
      const service = await storage(target);
      const base = assertContainerName(target.filesContainer).replace(/-g\d+$/, "");
      await service.getContainerClient(target.filesContainer).deleteIfExists();
      for await (const container of service.listContainers({ prefix: `${base}-g` })) {
        if (/^-g\d+$/.test(container.name.slice(base.length))) await service.getContainerClient(container.name).deleteIfExists();
      }
    },
    async describe(target) {
      const e = await endpoint(target, target.databaseName);
      return { host: e.host, port: e.port, name: target.databaseName };
    },
    async connect(target) {
      const client = await clientOn(target, assertDatabaseName(target.databaseName));
      try {
        await client.query(`SET ROLE ${ident(roleNameFor(target.databaseName))}`);
      } catch (error) {
        await client.end();
        throw error;
      }
      return client;
    },
    async files(target) {
      return (await storage(target)).getContainerClient(assertContainerName(target.filesContainer));
    },
    endpoint,
    admin: (target) => clientOn(target, "postgres"),
    createDatabase: (target, database) => createDatabase(target, database, { replace: true }),
    async dropDatabase(target, database) {
      assertDatabaseName(database);
      await withAdmin(target, (client) => client.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`));
    },
    storage,
    async readUrl(target, container, blobName, expiresOn) {
      const service = await storage(target);
      const blob = service.getContainerClient(container).getBlobClient(blobName);
      const permissions = BlobSASPermissions.parse("r");
      if (local) return blob.generateSasUrl({ permissions, expiresOn });
      // Microsoft Entra: a user delegation key signs the SAS (no account key exists).
      const startsOn = new Date(Date.now() - 5 * 60_000);
      const key = await service.getUserDelegationKey(startsOn, expiresOn);
      const sas = generateBlobSASQueryParameters({ containerName: container, blobName, permissions, startsOn, expiresOn }, key, service.accountName);
      return `${blob.url}?${sas.toString()}`;
    },
  };
}

/** The data plane for this deployment's configuration (local PostgreSQL + Azurite, or Azure). */
export function dataPlaneFromEnv(gateway: AzureGateway): EnvironmentDataPlane {
  const e = env();
  if (e.PORTAL_MODE === "azure") {
    if (!e.DATA_PLANE_PG_ADMIN_USER) throw new Error("DATA_PLANE_PG_ADMIN_USER is required in Azure mode.");
    return createDataPlane({ mode: "azure", gateway, adminUser: e.DATA_PLANE_PG_ADMIN_USER });
  }
  const adminUrl = new URL(e.DATA_PLANE_PG_ADMIN_URL ?? e.DATABASE_URL);
  adminUrl.pathname = "/postgres";
  return createDataPlane({ mode: "local", gateway, adminUrl: adminUrl.toString() });
}
