import "server-only";
import type { PipelinePolicy, PipelineResponse } from "@azure/core-rest-pipeline";

export const THROTTLE_RETRY_POLICY_NAME = "retry429WithoutRetryAfterPolicy";

export interface ThrottleRetryOptions {
  /** Base delay of the exponential backoff in ms (default 1000; tests use ~10). */
  baseDelayMs?: number;
  /** Upper bound of one delay in ms (default 30000). */
  maxDelayMs?: number;
  /** Retries after the first attempt (default 5). */
  maxRetries?: number;
}

function hasRetryAfter(res: PipelineResponse): boolean {
  return (
    res.headers.get("retry-after") !== undefined ||
    res.headers.get("retry-after-ms") !== undefined ||
    res.headers.get("x-ms-retry-after-ms") !== undefined
  );
}

function sleep(ms: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("The operation was aborted."));
    const t = setTimeout(() => {
      signal?.removeEventListener?.("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new Error("The operation was aborted."));
    };
    signal?.addEventListener?.("abort", onAbort);
  });
}

interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener?(type: "abort", listener: () => void): void;
  removeEventListener?(type: "abort", listener: () => void): void;
}

/** Delay before retry number `attempt` (0-based): exponential backoff with jitter (50–100 % of the step). */
export function backoffDelayMs(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.round(step * (0.5 + Math.random() * 0.5));
}

/**
 * Retries 429 answers that carry no `Retry-After` (ARM sends those; the SDK's own throttling policy only
 * retries 429 when the header is present). 429 with `Retry-After` and 5xx are left to the SDK's policies.
 */
export function throttleRetryPolicy(options: ThrottleRetryOptions = {}): PipelinePolicy {
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 30_000;
  const retries = options.maxRetries ?? 5;
  return {
    name: THROTTLE_RETRY_POLICY_NAME,
    async sendRequest(request, next) {
      let attempt = 0;
      for (;;) {
        const response = await next(request);
        if (response.status !== 429 || hasRetryAfter(response) || attempt >= retries) return response;
        await sleep(backoffDelayMs(attempt, base, max), request.abortSignal as AbortSignalLike | undefined);
        attempt++;
      }
    },
  };
}
