// What a status refresh records for a component that Azure reports missing.

const MISSING_CODES = new Set(["ResourceNotFound", "ResourceGroupNotFound", "ClusterMissing", "NotFound"]);

export function isMissingCode(code: unknown): boolean {
  return typeof code === "string" && MISSING_CODES.has(code);
}

type Recorded = { state: string; lastError: unknown };

/**
 * A resource the initialization never created is missing in Azure, and that is not news: a
 * component still waiting stays PENDING, and a component whose creation failed keeps the cause
 * Azure gave then (not "no longer exists"). Anything else missing is reported as found missing.
 */
export function missingComponentState<T extends Recorded>(previous: T, found: { code: string; message: string }): { state: "PENDING" | "FAILED"; lastError: unknown } {
  if (previous.state === "PENDING") return { state: "PENDING", lastError: null };
  const code = previous.lastError && typeof previous.lastError === "object" ? (previous.lastError as { code?: unknown }).code : null;
  if (previous.state === "FAILED" && previous.lastError && !isMissingCode(code)) return { state: "FAILED", lastError: previous.lastError };
  return { state: "FAILED", lastError: found };
}
