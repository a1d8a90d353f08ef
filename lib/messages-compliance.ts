// Texts of the compliance page (PRODUCT.md §10).

export const complianceMessages = {
  title: "Compliance",
  description: "The SOC 2 controls the service checks with Azure Policy, next to this cluster's live state in Azure, and the documented exceptions.",
  controlsHeading: "SOC 2 controls",
  exceptionsHeading: "Documented exceptions",
  exceptionsHint: "Deviations the service accepts by design. They are not failures.",
  columns: { service: "Service", policy: "Azure Policy", expected: "Expected", state: "Live state", observed: "Azure returned", rationale: "Rationale" },
  states: { compliant: "Compliant", "non-compliant": "Non-compliant", unknown: "Not found", unchecked: "Not checked yet" },
  accepted: "Accepted exception",
  checkedAt: (when: string) => `Checked at ${when}`,
  neverChecked: "Not checked yet: run a check to read the live state from Azure.",
  recheck: "Re-check",
  rechecking: "Checking…",
  recheckFailed: "The check could not be run.",
  summary: (compliant: number, total: number) => `${compliant} of ${total} controls compliant`,
  notInitialized: "Compliance is checked once the cluster is initialized.",
  step: "Read the live state from Azure",
} as const;
