import { describe, expect, it } from "vitest";
import { listMigrations, migrate } from "@/scripts/lib/migrations";
import { testDb } from "./db";

describe("migrations", () => {
  it("are recorded as Prisma records them and applying again changes nothing", async () => {
    expect(await migrate(process.env.DATABASE_URL!)).toEqual([]);
    const rows = await testDb.$queryRawUnsafe<{ migration_name: string; checksum: string; applied_steps_count: number }[]>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(listMigrations().map((migration) => migration.name));
    expect(rows.map((row) => row.checksum)).toEqual(listMigrations().map((migration) => migration.checksum));
    expect(rows.every((row) => row.applied_steps_count === 1)).toBe(true);
  });
});
