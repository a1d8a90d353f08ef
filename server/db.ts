import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or a transaction: store functions take this first. */
export type DbOrTx = PrismaClient | Tx;

const globalForDb = globalThis as unknown as { portalDb?: PrismaClient };

export function createDb(databaseUrl: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max }) });
}

/** The process-wide client (kept across Next.js hot reloads). */
export function db(): PrismaClient {
  globalForDb.portalDb ??= createDb(env().DATABASE_URL, 20);
  return globalForDb.portalDb;
}
