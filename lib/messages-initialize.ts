import type { PreflightCheckId, PreflightStatus } from "./preflight";

// Texts of the initialization wizard, the Rerun page and their page (PRODUCT.md §2). Setting names
// and hints come from lib/messages-settings.ts, validation errors from lib/messages-validation.ts.

/** The name of each pre-flight check (also the label the server puts on its results). */
export const PREFLIGHT_LABELS: Record<PreflightCheckId, string> = {
  providers: "Resource providers registered",
  vmSize: "Node VM size available in the region",
  owner: "You hold Owner on the subscription",
  entitlement: "Entitlement (trial or cloud tokens)",
};

export const initializeMessages = {
  metadataTitle: "Initialize cluster",
  title: (cluster: string) => `Initialize ${cluster}`,
  description: (org: string, region: string, subscriptionId: string) => `${org} · ${region} · subscription ${subscriptionId}`,
  notWaiting: "This cluster is not waiting for initialization.",
  toOverview: "Go to the cluster overview",
  // The steps (their ids are in the URL: ?step=preflight|settings|review).
  stepsLabel: "Steps",
  steps: { preflight: "1. Pre-flight checks", settings: "2. Provision options", review: "3. Review" },
  // Step 1.
  preflightTitle: "Pre-flight checks",
  preflightDescription: (region: string) => `Checked against your Azure subscription in ${region}.`,
  runAgain: "Run the checks again",
  checking: "Checking…",
  status: { pending: "Pending", running: "Running", done: "Done", failed: "Failed" } satisfies Record<PreflightStatus, string>,
  registerProviders: "Register the providers",
  registering: "Registering…",
  toSettings: "Next: provision options",
  // Step 2.
  settingsTitle: "Provision options",
  settingsDescription: "Every option has a default; change what you need.",
  settingsInvalid: "Some options need attention: see the messages beside them.",
  back: "Back",
  toReview: "Next: review",
  // Step 3.
  reviewTitle: "Review",
  reviewDescription: "Initialization takes about 15 minutes in Azure. You can follow each component on the cluster overview.",
  fixedAfterInitialization: (value: string) => `${value} (fixed after initialization)`,
  initialize: "Initialize",
  starting: "Starting…",
};

export const rerunMessages = {
  title: (cluster: string) => `Rerun initialization of ${cluster}`,
  description: "The reconciler keeps every resource that exists and creates the rest.",
  failedTitle: "Initialization failed",
  ticketHint: (reruns: number) =>
    reruns === 0
      ? "If the rerun fails too, a support ticket is opened automatically with the logs."
      : `Rerun ${reruns === 1 ? "once" : `${reruns} times`} so far. If this rerun fails too, a support ticket is opened automatically with the logs.`,
  failedComponents: "Failed components",
  rerun: "Rerun",
  starting: "Starting rerun…",
};

/** What the pre-flight checks found (the server words its results in the request's language). */
export const preflightMessages = {
  providersDone: (count: number) => `All ${count} resource providers are registered.`,
  providersMissing: (missing: string) => `Not registered: ${missing}.`,
  providersRegistering: (missing: string, registering: string) => `Not registered: ${missing} (registering: ${registering}; this takes a few minutes).`,
  providersFix: (namespace: string) => `Register it: az provider register --namespace ${namespace}`,
  vmSizeOffered: (size: string, location: string) => `${size} is offered in ${location}.`,
  vmSizeRestricted: (size: string, location: string, reason: string) => `${size} is restricted for this subscription in ${location} (${reason}).`,
  vmSizeNotOffered: (size: string, location: string) => `${size} is not offered in ${location}.`,
  vmSizeFix: (examples: string) => `Choose another node VM size, e.g. ${examples}; or ask Microsoft support to lift the restriction.`,
  vmSizeFixNone: "Ask Microsoft support for access to VM sizes in this region.",
  ownerUnlinked: "Your portal account is not linked to a Microsoft Entra identity.",
  ownerUnlinkedFix: "Sign in with the Microsoft Entra account that owns the subscription, or ask a subscription Owner to initialize the cluster.",
  ownerDone: "You hold the Owner role on the subscription.",
  ownerMissing: "You do not hold the Owner role on the subscription.",
  ownerFix: (command: string) => `Ask a subscription Owner to run: ${command}`,
  trialActive: (until: string) => `Trial active until ${until}.`,
  tokensEnough: (tokens: number, needed: number, perEnvironment: number, environments: number) =>
    `${tokens} cloud tokens; ${needed} needed (${perEnvironment} per environment: the ${environments} the organisation has + the first of this cluster).`,
  tokensShort: (tokens: number, needed: number, perEnvironment: number, environments: number) =>
    `${tokens} cloud tokens; ${needed} needed (${perEnvironment} per environment: ${environments} running + the first of this cluster).`,
  tokensShortTrialEnded: (tokens: number, needed: number, perEnvironment: number, environments: number) =>
    `${tokens} cloud tokens; ${needed} needed (${perEnvironment} per environment: ${environments} running + the first of this cluster); the trial has ended.`,
  tokensFix: "Buy more cloud tokens or start a trial, then run the checks again.",
  azureFailed: (code: string, message: string) => `Azure answered ${code}: ${message}`,
  azureFailedFix: "Check that the portal may read the subscription, then run the checks again.",
};
