/** Accounts: registration requests, approval with a role (and countries for editors), password hashes. */
import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';

export const ROLES = ['official', 'cna-editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const STATUSES = ['pending', 'approved', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  institution: string;
  country: string;
  reason: string;
  status: Status;
  /** Null until approved. */
  role: Role | null;
  /** Countries an editor may edit; empty for other roles. */
  countries: string[];
  createdAt: number;
  decidedAt: number | null;
  decidedBy: string | null;
  decisionNote: string | null;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  institution: string;
  country: string;
  reason: string;
  password_hash: string;
  status: Status;
  role: Role | null;
  created_at: number;
  decided_at: number | null;
  decided_by: string | null;
  decision_note: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  institution: string;
  country: string;
  reason: string;
  passwordHash: string;
  status?: Status;
  role?: Role | null;
}

/** E-mail addresses compare case-insensitively and without surrounding spaces. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export class UserStore {
  constructor(private readonly db: Db, private readonly now: () => number) {}

  private toUser(row: UserRow): User {
    const countries = this.db.prepare('SELECT country FROM user_countries WHERE user_id = ? ORDER BY country').pluck().all(row.id) as string[];
    return {
      id: row.id, email: row.email, name: row.name, institution: row.institution, country: row.country, reason: row.reason,
      status: row.status, role: row.role, countries, createdAt: row.created_at,
      decidedAt: row.decided_at, decidedBy: row.decided_by, decisionNote: row.decision_note,
    };
  }

  byId(id: string): User | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row && this.toUser(row);
  }

  /** The user and their password hash, for sign-in. */
  credentials(email: string): { user: User; passwordHash: string } | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE email = ?').get(normalizeEmail(email)) as UserRow | undefined;
    return row && { user: this.toUser(row), passwordHash: row.password_hash };
  }

  exists(email: string): boolean {
    return this.db.prepare('SELECT 1 FROM users WHERE email = ?').get(normalizeEmail(email)) !== undefined;
  }

  /** Inserts the account; returns undefined (and changes nothing) when the e-mail is taken. */
  create(u: NewUser): User | undefined {
    const id = randomUUID();
    const info = this.db.prepare(`INSERT INTO users (id, email, name, institution, country, reason, password_hash, status, role, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(email) DO NOTHING`)
      .run(id, normalizeEmail(u.email), u.name, u.institution, u.country, u.reason, u.passwordHash, u.status ?? 'pending', u.role ?? null, this.now());
    return info.changes === 1 ? this.byId(id) : undefined;
  }

  setPasswordHash(id: string, hash: string): void {
    this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, id);
  }

  /** Approve (with a role and, for editors, countries) or reject a request. */
  decide(id: string, d: { status: 'approved' | 'rejected'; role: Role | null; countries: string[]; by: string; note?: string }): User | undefined {
    this.db.transaction(() => {
      this.db.prepare('UPDATE users SET status = ?, role = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ?')
        .run(d.status, d.role, this.now(), d.by, d.note ?? null, id);
      this.db.prepare('DELETE FROM user_countries WHERE user_id = ?').run(id);
      const insert = this.db.prepare('INSERT INTO user_countries (user_id, country) VALUES (?, ?)');
      for (const c of new Set(d.countries)) insert.run(id, c);
    })();
    return this.byId(id);
  }

  list(status: Status | 'all', limit: number, offset: number): { total: number; users: User[] } {
    const where = status === 'all' ? '' : 'WHERE status = ?';
    const args = status === 'all' ? [] : [status];
    const total = this.db.prepare(`SELECT count(*) FROM users ${where}`).pluck().get(...args) as number;
    const rows = this.db.prepare(`SELECT * FROM users ${where} ORDER BY created_at, email LIMIT ? OFFSET ?`).all(...args, limit, offset) as UserRow[];
    return { total, users: rows.map((r) => this.toUser(r)) };
  }
}
