/** Errors of the accounts module beyond the shared ones in server/errors (same problem+json mapping). */
import { HttpError } from '../errors/index.js';

export class ConflictError extends HttpError {
  constructor(detail: string) {
    super(409, 'conflict', 'Conflict', detail);
  }
}

export class CsrfError extends HttpError {
  constructor() {
    super(403, 'csrf_failed', 'CSRF check failed',
      'Unexpected missing or wrong X-CSRF-Token header, expected the token from GET /api/auth/csrf (or from sign-in) for this session.');
  }
}
