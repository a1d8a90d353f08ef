import "server-only";

// Names of an environment's data on the cluster's servers. A restore writes a new "generation"
// (a new database and a new files container next to the live ones) and swaps the environment's
// pointers to it; the login role stays the same across generations.

const DATABASE = /^[a-z][a-z0-9_]{0,52}$/;
const CONTAINER = /^[a-z0-9](?!.*--)[a-z0-9-]{1,54}[a-z0-9]$/;
const GENERATION_DB = /__g(\d+)$/;
const GENERATION_CONTAINER = /-g(\d+)$/;

/** Database and container names for a new environment: `env_<12 hex>` and `env-<12 hex>`. */
export function dataNamesFor(environmentId: string): { databaseName: string; filesContainer: string } {
  const short = environmentId.replace(/-/g, "").slice(0, 12).toLowerCase();
  return { databaseName: `env_${short}`, filesContainer: `env-${short}` };
}

export function assertDatabaseName(name: string): string {
  if (!DATABASE.test(name)) throw new Error(`'${name}' is not a valid environment database name (lower-case letters, digits and _, at most 53 characters).`);
  return name;
}

export function assertContainerName(name: string): string {
  if (!CONTAINER.test(name)) throw new Error(`'${name}' is not a valid files container name (3–56 lower-case letters, digits and single hyphens).`);
  return name;
}

/** The environment's login role: its database name without a restore generation suffix. */
export function roleNameFor(databaseName: string): string {
  return assertDatabaseName(databaseName).replace(GENERATION_DB, "");
}

/** The restore generation of a database name (0 for the original one). */
export function generationOf(databaseName: string): number {
  const match = GENERATION_DB.exec(databaseName);
  return match ? Number(match[1]) : 0;
}

/** Names of the next generation of an environment's data, given its current names and a unique number. */
export function nextGeneration(current: { databaseName: string; filesContainer: string }, generation: number): { databaseName: string; filesContainer: string } {
  const db = current.databaseName.replace(GENERATION_DB, "");
  const container = current.filesContainer.replace(GENERATION_CONTAINER, "");
  return { databaseName: assertDatabaseName(`${db}__g${generation}`), filesContainer: assertContainerName(`${container}-g${generation}`) };
}

/** Quotes a checked identifier for SQL. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
