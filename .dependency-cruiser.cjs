// The layering of the code, checked by `npm run check:deps` (part of `npm test`).
// See docs/decisions/0014-layering-rules.md for why the layers are what they are.
//
//   app → features → server/domain → server/store, server/azure (and the other server adapters)
//   lib/ and components/ are shared by every layer and import none of them.
//   emulator/ is its own program: it imports nothing of the portal.
//   worker/, scripts/, bench/, tests/, prisma/ may use the portal; the portal never uses them.

const PORTAL = "^(app|features|server|lib|components)/";
const PROGRAMS = "^(worker|scripts|bench|tests|prisma|emulator)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "Modules that import each other cannot be understood, tested or moved one at a time.",
      from: {},
      to: { circular: true },
    },
    {
      name: "server-not-to-ui",
      severity: "error",
      comment: "server/ serves the UI; it never imports features/ or app/.",
      from: { path: "^server/" },
      to: { path: "^(features|app)/" },
    },
    {
      name: "features-not-to-app",
      severity: "error",
      comment: "features/ are used by the pages in app/, never the other way round.",
      from: { path: "^features/" },
      to: { path: "^app/" },
    },
    {
      name: "shared-stays-shared",
      severity: "error",
      comment: "lib/ and components/ are used by the client and the server alike: they import neither server/ nor the UI layers.",
      from: { path: "^(lib|components)/" },
      to: { path: "^(app|features|server)/" },
    },
    {
      name: "lib-not-to-components",
      severity: "error",
      comment: "lib/ holds facts and helpers without React components.",
      from: { path: "^lib/" },
      to: { path: "^components/" },
    },
    {
      name: "domain-not-to-http",
      severity: "error",
      comment: "Use cases are called by routes and server actions, never the other way round.",
      from: { path: "^server/domain/" },
      to: { path: "^server/(api|actions)/" },
    },
    {
      name: "adapters-not-to-domain",
      severity: "error",
      comment: "server/store and server/azure are below the use cases: they never import server/domain, server/jobs or the HTTP layer.",
      from: { path: "^server/(store|azure)/" },
      to: { path: "^server/(domain|jobs|api|actions|support|backups)/" },
    },
    {
      name: "azure-not-to-store",
      severity: "error",
      comment: "server/azure speaks to Azure only; it knows nothing of the database.",
      from: { path: "^server/azure/" },
      to: { path: "^server/(store|db\\.ts)" },
    },
    {
      name: "emulator-stands-alone",
      severity: "error",
      comment: "The ARM emulator stands in for Azure: it imports nothing of the portal (nor of the scripts and tests that drive it).",
      from: { path: "^emulator/" },
      to: { path: "^(app|features|server|lib|components|worker|scripts|bench|tests|prisma)/" },
    },
    {
      name: "portal-not-to-programs",
      severity: "error",
      comment: "The portal never imports the worker, scripts, benchmarks, tests, seed data or the emulator.",
      from: { path: PORTAL },
      to: { path: PROGRAMS },
    },
    {
      name: "worker-not-to-ui",
      severity: "error",
      comment: "The worker runs jobs; it imports server/ and lib/, never the UI.",
      from: { path: "^worker/" },
      to: { path: "^(app|features|components)/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing is a typo or a missing package.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(generated|node_modules|\\.next[^/]*|\\.data)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
  },
};
