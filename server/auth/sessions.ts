/**
 * Server-side sessions. The cookie carries 32 random bytes; the database stores only their
 * SHA-256, so reading the database does not let anyone take over a session. A session ends at
 * its absolute expiry, after an idle period, at logout, or when the user signs in again.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';

export interface Session {
  userId: string;
  csrfToken: string;
  expiresAt: number;
}

interface SessionRow {
  user_id: string;
  csrf_token: string;
  last_seen_at: number;
  expires_at: number;
}

export const newToken = (): string => randomBytes(32).toString('base64url');
const digest = (id: string): string => createHash('sha256').update(id).digest('hex');

/** Touch `last_seen_at` at most this often: reads should not all become writes. */
const TOUCH_EVERY_MS = 60_000;

export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
    readonly ttlMs: number,
    readonly idleMs: number,
  ) {}

  /** A fresh session: always a new id, whatever cookie the client sent (no fixation). */
  create(userId: string): { id: string } & Session {
    const id = newToken();
    const csrfToken = newToken();
    const now = this.now();
    const expiresAt = now + this.ttlMs;
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?').run(now, now - this.idleMs);
    this.db.prepare('INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(digest(id), userId, csrfToken, now, now, expiresAt);
    return { id, userId, csrfToken, expiresAt };
  }

  /** The live session of this cookie value, or undefined (unknown, expired or idle too long). */
  lookup(id: string): Session | undefined {
    const hash = digest(id);
    const row = this.db.prepare('SELECT user_id, csrf_token, last_seen_at, expires_at FROM sessions WHERE id_hash = ?').get(hash) as SessionRow | undefined;
    if (!row) return undefined;
    const now = this.now();
    if (row.expires_at <= now || row.last_seen_at + this.idleMs <= now) {
      this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(hash);
      return undefined;
    }
    if (now - row.last_seen_at >= TOUCH_EVERY_MS) this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, hash);
    return { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
  }

  destroy(id: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(digest(id));
  }

  destroyAllOf(userId: string): void {
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
  }
}
