// The bench's floor: the smallest dynamic Next.js app, built with the portal's own Next.js
// (node_modules of the repository) and served by `next start` like the portal, so that each
// route's numbers can be read as a multiple of what the framework alone costs on this machine.
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** @type {import("next").NextConfig} */
const config = {
  poweredByHeader: false,
  // The repository root holds node_modules (and the lockfile) the build resolves from.
  turbopack: { root: path.join(here, "../..") },
};

export default config;
