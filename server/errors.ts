import "server-only";

export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "version_conflict"
  | "operation_running"
  | "version_required"
  | "rate_limited"
  | "payload_too_large"
  | "unsupported_media_type"
  | "not_available"
  | "unavailable"
  | "internal";

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  version_conflict: 409,
  operation_running: 409,
  version_required: 428,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_available: 405,
  unavailable: 503,
  internal: 500,
};

/** The one error domain code throws; routes and actions turn it into a status or form errors. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what = "Resource") => new AppError("not_found", `${what} not found.`);
