/** The one place errors become HTTP responses: `application/problem+json`, no internals outside development logs. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError, NotFoundError } from '../errors/index.js';

export function problemBody(err: HttpError, instance?: string) {
  return {
    type: `https://lexatlas.org/problems/${err.code}`,
    title: err.title,
    status: err.status,
    detail: err.detail,
    code: err.code,
    ...(err.extra.errors ? { errors: err.extra.errors } : {}),
    ...(instance ? { instance } : {}),
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No route ${req.method} ${req.path}`));
};

export const problemHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  let httpErr: HttpError;
  if (err instanceof HttpError) {
    httpErr = err;
  } else if (isBodyParserError(err)) {
    httpErr = new HttpError(err.status, err.status === 413 ? 'payload_too_large' : 'invalid_body', err.status === 413 ? 'Payload too large' : 'Invalid request body',
      err.status === 413 ? 'The request body is larger than allowed.' : 'The request body could not be parsed; expected JSON.');
  } else {
    req.log?.error({ err }, 'unhandled error');
    httpErr = new HttpError(500, 'internal_error', 'Internal server error', 'An unexpected error occurred. It has been logged.');
  }
  if (httpErr.status >= 500 && httpErr.status !== 500) req.log?.warn({ code: httpErr.code }, httpErr.detail);
  if (httpErr.extra.retryAfter !== undefined) res.setHeader('Retry-After', String(httpErr.extra.retryAfter));
  res.status(httpErr.status).type('application/problem+json').send(JSON.stringify(problemBody(httpErr, req.originalUrl)));
};

function isBodyParserError(err: unknown): err is { status: number; type: string } {
  return typeof err === 'object' && err !== null && 'type' in err && 'status' in err && typeof (err as { status: unknown }).status === 'number'
    && String((err as { type: unknown }).type).startsWith('entity.') || (typeof err === 'object' && err !== null && (err as { type?: unknown }).type === 'encoding.unsupported');
}
