/**
 * Fixed-window counters with a lock-out, kept in SQLite so they survive a restart and are shared
 * by every process using the database. Keys are namespaced: `login-account:<email>`,
 * `login-ip:<address>`, `register-ip:<address>`. Unknown e-mail addresses are counted exactly like
 * known ones, so the lock-out does not reveal which accounts exist.
 */
import type { Db } from './database.js';

export interface Limit {
  max: number;
  windowMs: number;
  lockMs: number;
}

interface Row {
  failures: number;
  window_start: number;
  locked_until: number;
}

export class Throttle {
  constructor(private readonly db: Db, private readonly now: () => number) {}

  /** Seconds until every key is unlocked (0 when none is locked). */
  retryAfter(keys: string[]): number {
    const now = this.now();
    let until = 0;
    for (const key of keys) {
      const row = this.db.prepare('SELECT locked_until FROM throttle WHERE key = ?').get(key) as Pick<Row, 'locked_until'> | undefined;
      if (row && row.locked_until > now) until = Math.max(until, row.locked_until);
    }
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  /** Count one event against `key`; at `limit.max` events within the window the key is locked. */
  hit(key: string, limit: Limit): void {
    const now = this.now();
    this.db.transaction(() => {
      const row = this.db.prepare('SELECT failures, window_start, locked_until FROM throttle WHERE key = ?').get(key) as Row | undefined;
      const fresh = !row || now - row.window_start >= limit.windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const windowStart = fresh ? now : row.window_start;
      const lockedUntil = failures >= limit.max ? now + limit.lockMs : (row?.locked_until ?? 0);
      this.db.prepare(`INSERT INTO throttle (key, failures, window_start, locked_until) VALUES (?, ?, ?, ?)
        ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start, locked_until = excluded.locked_until`)
        .run(key, failures >= limit.max ? 0 : failures, failures >= limit.max ? now : windowStart, lockedUntil);
    }).immediate();
    this.db.prepare('DELETE FROM throttle WHERE locked_until <= ? AND window_start <= ?').run(now, now - 24 * 3600_000);
  }

  reset(key: string): void {
    this.db.prepare('DELETE FROM throttle WHERE key = ?').run(key);
  }
}
