import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or a transaction: store functions take this first. */
export type DbOrTx = PrismaClient | Tx;

const globalForDb = globalThis as unknown as { portalDb?: PrismaClient };

// Named statements: each connection parses a statement once and then only binds and runs it (and
// after five runs PostgreSQL may keep a generic plan), instead of receiving several kB of SQL and
// planning the lateral joins of a page's query on every request. The name is derived from the SQL text (the same text gets the same name on every
// connection); beyond MAX_NAMED_STATEMENTS distinct texts new ones run unnamed (the empty name), so
// the statements a connection keeps stay bounded. Parameters are never part of the text.
const MAX_NAMED_STATEMENTS = 2_000;
const statementNames = new Map<string, string>();

function statementName(query: { sql: string }): string {
  let name = statementNames.get(query.sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_NAMED_STATEMENTS) return "";
    name = `p${createHash("sha1").update(query.sql).digest("base64url")}`;
    statementNames.set(query.sql, name);
  }
  return name;
}

export function createDb(databaseUrl: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max }, { statementNameGenerator: statementName }) });
}

/** The process-wide client (kept across Next.js hot reloads). */
export function db(): PrismaClient {
  globalForDb.portalDb ??= createDb(env().DATABASE_URL, 20);
  return globalForDb.portalDb;
}
