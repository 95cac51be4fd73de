/** Minimal cookie reading and writing (no dependency): only the attributes the accounts module uses. */
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'lexatlas_sid';
/** Anonymous double-submit CSRF token, for sign-in and registration before a session exists. */
export const CSRF_COOKIE = 'lexatlas_csrf';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    // Our values are base64url; anything else is not one of ours.
    return /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : undefined;
  }
  return undefined;
}

export interface CookieOptions {
  path: string;
  /** Seconds; 0 deletes the cookie. Omitted: a browser-session cookie. */
  maxAge?: number;
}

/** `HttpOnly; SameSite=Strict` always; `Secure` when the request came over HTTPS. */
export function setCookie(req: Request, res: Response, name: string, value: string, opts: CookieOptions): void {
  const attrs = [`${name}=${value}`, `Path=${opts.path}`, 'HttpOnly', 'SameSite=Strict'];
  if (opts.maxAge !== undefined) attrs.push(`Max-Age=${Math.max(0, Math.floor(opts.maxAge))}`);
  if (req.secure) attrs.push('Secure');
  res.append('Set-Cookie', attrs.join('; '));
}

export function clearCookie(req: Request, res: Response, name: string, path: string): void {
  setCookie(req, res, name, '', { path, maxAge: 0 });
}
