// Gives every test worker process its own database cloned from the migrated template.
import { createDatabase } from "../../scripts/lib/postgres";

const adminUrl = process.env.TEST_PG_ADMIN_URL;
if (!adminUrl) throw new Error("TEST_PG_ADMIN_URL missing: run integration tests through vitest's project 'integration'");

if (!process.env.PORTAL_TEST_DB_READY) {
  const name = `portal_test_${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}`;
  await createDatabase(adminUrl, name, { template: "portal_template", dropFirst: true });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789";
  process.env.LOG_LEVEL ??= "warn";
  process.env.PORTAL_TEST_DB_READY = "1";
}
