// Texts of the operations list, apart from the catalogue (lib/messages.ts) because a running
// operation's row (features/clusters/operation-item.tsx) reads them in the browser.
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
