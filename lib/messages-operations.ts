// Texts of the live operations panel, apart from the catalogue (lib/messages.ts) because the
// panel is a client component.
export const operationMessages = {
  refresh: "Refresh status",
  refreshFailed: "The status could not be refreshed. Try again.",
  operations: "Recent operations",
  operationsEmpty: "No operations yet.",
  operationsLoading: "Loading operations…",
  operationBy: (who: string) => `by ${who}`,
  progressLabel: (kind: string) => `${kind} progress`,
  stepsSummary: (n: number) => (n === 1 ? "1 step" : `${n} steps`),
};
