// Prisma 7 configuration. With internet access `npx prisma migrate deploy` applies the same
// committed migrations as `npm run db:migrate` (see docs/decisions/0001-prisma-offline.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/portal" },
});
