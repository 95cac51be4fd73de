/**
 * Typed errors, mapped to `application/problem+json` in one middleware (middleware/problem.ts).
 * `code` is a stable machine-readable identifier; `detail` is for humans.
 */
export interface FieldError {
  /** Parameter or field at fault, e.g. `crime` or `body.text`. */
  field: string;
  message: string;
  /** Allowed values, where the field takes values from a vocabulary. */
  expected?: string[];
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; retryAfter?: number } = {},
  ) {
    super(detail);
  }
}

export class ValidationError extends HttpError {
  constructor(errors: FieldError[], detail = errors.map((e) => e.message).join('; ')) {
    super(400, 'invalid_request', 'Invalid request', detail, { errors });
  }
}

export class NotFoundError extends HttpError {
  constructor(detail: string) {
    super(404, 'not_found', 'Not found', detail);
  }
}

export class EngineUnavailableError extends HttpError {
  constructor(detail = 'The search engine is unavailable. Please retry shortly.', retryAfter = 5) {
    super(503, 'engine_unavailable', 'Search engine unavailable', detail, { retryAfter });
  }
}

export class IndexNotReadyError extends HttpError {
  constructor() {
    super(503, 'index_not_ready', 'Index not ready', 'The library index has not been built yet. Please retry in a minute.', { retryAfter: 30 });
  }
}

export class UnauthorizedError extends HttpError {
  constructor(detail = 'Sign in to access this resource.') {
    super(401, 'unauthorized', 'Unauthorized', detail);
  }
}

export class ForbiddenError extends HttpError {
  constructor(detail = 'You do not have permission to access this resource.') {
    super(403, 'forbidden', 'Forbidden', detail);
  }
}

export class TooManyRequestsError extends HttpError {
  constructor(detail: string, retryAfter: number) {
    super(429, 'too_many_requests', 'Too many requests', detail, { retryAfter });
  }
}
