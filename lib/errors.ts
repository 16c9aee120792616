/**
 * Typed errors shared by lib/ and the route wrapper. The wrapper maps a code
 * to an HTTP status; the UI shows `message` and, when present, `details`.
 */
export const ERROR_STATUS = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorDetail = { field: string; message: string };

// A brand shared by every bundle: the live model is one per process (on globalThis), so an
// error it throws was built by another route bundle's copy of this class, and `instanceof`
// against this bundle's copy would say no.
const APP_ERROR = Symbol.for("swarmnet.AppError");

export class AppError extends Error {
  readonly [APP_ERROR] = true;
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError || (e instanceof Error && APP_ERROR in e);
}

/** The JSON body of every error response: `{ error: { code, message, details? } }`. */
export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

export function errorBody(e: AppError): ErrorBody {
  return {
    error: {
      code: e.code,
      message: e.message,
      ...(e.details === undefined ? {} : { details: e.details }),
    },
  };
}
