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

/** A 4xx raised by Express or body-parser (bad percent-encoding in a path, unsupported charset, undecodable body, too large). */
function clientError(err: unknown): { status: number; type?: string; uri: boolean } | null {
  if (typeof err !== 'object' || err === null) return null;
  const { status, expose, type } = err as { status?: unknown; expose?: unknown; type?: unknown };
  const uri = err instanceof URIError;
  if (uri) return { status: 400, uri };
  if (typeof status !== 'number' || status < 400 || status > 499 || expose !== true) return null;
  return { status, type: typeof type === 'string' ? type : undefined, uri };
}

function fromClientError(c: { status: number; type?: string; uri: boolean }): HttpError {
  if (c.uri) return new HttpError(400, 'invalid_path', 'Invalid path', 'The path is not valid percent-encoded UTF-8.');
  if (c.type === 'charset.unsupported' || c.type === 'encoding.unsupported' || c.status === 415) {
    return new HttpError(415, 'unsupported_media_type', 'Unsupported media type', 'The request body must be UTF-8 JSON (Content-Type: application/json), without an unsupported content encoding.');
  }
  if (c.status === 413) return new HttpError(413, 'payload_too_large', 'Payload too large', 'The request body is larger than allowed.');
  return new HttpError(400, 'invalid_body', 'Invalid request body', 'The request body could not be read; expected JSON.');
}

export const problemHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  let httpErr: HttpError;
  const client = err instanceof HttpError ? null : clientError(err);
  if (err instanceof HttpError) {
    httpErr = err;
  } else if (client) {
    httpErr = fromClientError(client);
  } else {
    req.log?.error({ err }, 'unhandled error');
    httpErr = new HttpError(500, 'internal_error', 'Internal server error', 'An unexpected error occurred. It has been logged.');
  }
  if (httpErr.status >= 500 && httpErr.status !== 500) req.log?.warn({ code: httpErr.code }, httpErr.detail);
  if (httpErr.extra.retryAfter !== undefined) res.setHeader('Retry-After', String(httpErr.extra.retryAfter));
  res.status(httpErr.status).type('application/problem+json').send(JSON.stringify(problemBody(httpErr, req.originalUrl)));
};
