import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests run server code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          // A test that asserts nothing cannot fail.
          expect: { requireAssertions: true },
          include: ["**/*.test.ts"],
          exclude: ["node_modules/**", "tests/integration/**", "tests/e2e/**", "tests/deploy/**", ".data/**", "generated/**", ".next*/**", "bench/.out/**"],
        },
      },
      {
        // Route handlers called in-process read cookies and headers from the Request being handled.
        resolve: { alias: { ...alias, "next/headers": path.resolve(import.meta.dirname, "tests/support/next-headers.ts") } },
        test: {
          name: "integration",
          expect: { requireAssertions: true },
          // next-auth imports "next/server" without an extension, which only a bundler resolves.
          server: { deps: { inline: ["next-auth"] } },
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-worker.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
      {
        // Builds and starts the container's standalone server: its own step in `npm test`.
        resolve: { alias },
        test: {
          name: "deploy",
          expect: { requireAssertions: true },
          include: ["tests/deploy/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 25 * 60_000,
        },
      },
    ],
  },
});
