/**
 * scripts/lib/http-guard.cjs sets this global when it is preloaded into the web server. Pages get their
 * Content-Security-Policy from the guard alone, so a web process started without it reports not ready
 * (app/api/health/ready) instead of serving pages without a policy. The guard spells the same key.
 */
export const REQUEST_GUARD_MARK = Symbol.for("portal.requestGuard");

export function requestGuardLoaded(): boolean {
  return (globalThis as Record<symbol, unknown>)[REQUEST_GUARD_MARK] === true;
}
