import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "bench/floor/.next/**", "generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The portal links with plain anchors; components/router-links.tsx sends their clicks through the
      // client router, and no page loads next/link's code (docs/decisions/0041-plain-links.md).
      "@next/next/no-html-link-for-pages": "off",
      // Lazily loaded components use React's lazy through components/ui/lazy-component.tsx: next/dynamic
      // adds its own code to every page that uses it (docs/decisions/0040-first-load-js.md).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next/link", message: "Link with a plain <a>: components/router-links.tsx routes its clicks (decision 0041)." },
            { name: "next/dynamic", message: "Load a component lazily with lazyComponent (components/ui/lazy-component.tsx, decision 0040)." },
          ],
        },
      ],
    },
  },
  {
    // The emulator stores and patches arbitrary ARM JSON documents, and tests read such documents back.
    files: ["emulator/**", "tests/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // process.env is read in one place only: server/env.ts (scripts, tests and the emulator are their own programs).
    files: ["app/**", "components/**", "features/**", "lib/**", "server/**"],
    ignores: ["server/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through server/env.ts." }],
    },
  },
];

export default config;
