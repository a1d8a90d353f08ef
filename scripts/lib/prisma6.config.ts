// Configuration for the Prisma 6 CLI, used offline only to compute schema diffs.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma6/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
} as Parameters<typeof defineConfig>[0]);
