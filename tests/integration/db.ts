import { afterAll } from "vitest";
import { createDb } from "@/server/db";
import { seedDemo } from "@/prisma/demo-data";
import { loadActor } from "@/server/store/actors";
import type { Actor } from "@/server/auth/permissions";

/** The worker's database client; tables are emptied by `resetDatabase`. */
export const testDb = createDb(process.env.DATABASE_URL!, 5);
afterAll(() => testDb.$disconnect());

const TABLES = [
  "invitations", "approval_requests", "auto_approval_windows", "settings_policies", "access_tokens", "user_sessions", "cluster_updates", "releases", "audit_events", "operations", "notifications", "ticket_attachments",
  "ticket_comments", "tickets", "retired_environment_data", "backup_schedules", "snapshots", "environments", "namespaces", "cluster_components",
  "clusters", "azure_connections", "sign_in_throttles", "memberships", "users", "organizations",
];

export async function resetDatabase(): Promise<void> {
  await testDb.$executeRawUnsafe(`TRUNCATE ${TABLES.map((table) => `"${table}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

/** Empties the database and loads the demo organisations, users and clusters. */
export async function resetWithDemo(): Promise<void> {
  await resetDatabase();
  await seedDemo(testDb);
}

export async function actorFor(email: string): Promise<Actor> {
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  const actor = await loadActor(testDb, user.id);
  if (!actor) throw new Error(`no actor for ${email}`);
  return actor;
}

export async function clusterByName(name: string) {
  return testDb.cluster.findFirstOrThrow({ where: { name } });
}
