/**
 * Append-only audit log: every read and change of the CNA directory, every sign-in (success or
 * failure), every admin action and every refused access by a signed-in user. Anonymous 401s are
 * not logged (anyone can produce them at will; they reveal nothing).
 */
import type { Db } from './database.js';

export type Outcome = 'ok' | 'denied' | 'failed';

export interface AuditEvent {
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  outcome?: Outcome;
  targetType?: string;
  targetId?: string;
  ip?: string;
  detail?: Record<string, unknown>;
}

export interface AuditRecord {
  id: number;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  outcome: Outcome;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
}

interface AuditRow {
  id: number;
  at: number;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  outcome: Outcome;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  detail: string | null;
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  targetId?: string;
  limit: number;
  offset: number;
}

export class AuditLog {
  constructor(private readonly db: Db, private readonly now: () => number) {}

  record(e: AuditEvent): void {
    this.db.prepare(`INSERT INTO audit_log (at, actor_id, actor_email, action, outcome, target_type, target_id, ip, detail)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(this.now(), e.actorId, e.actorEmail, e.action, e.outcome ?? 'ok', e.targetType ?? null, e.targetId ?? null, e.ip ?? null,
        e.detail ? JSON.stringify(e.detail) : null);
  }

  /** Newest first. `action` matches exactly or as a prefix ending in `.` (`cna.` → every CNA action). */
  list(f: AuditFilter): { total: number; events: AuditRecord[] } {
    const clauses: string[] = [];
    const args: (string | number)[] = [];
    if (f.action) {
      if (f.action.endsWith('.')) {
        clauses.push("substr(action, 1, length(?)) = ?");
        args.push(f.action, f.action);
      } else {
        clauses.push('action = ?');
        args.push(f.action);
      }
    }
    if (f.actor) {
      clauses.push('(actor_id = ? OR actor_email = ?)');
      args.push(f.actor, f.actor.toLowerCase());
    }
    if (f.targetId) {
      clauses.push('target_id = ?');
      args.push(f.targetId);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM audit_log ${where}`).pluck().get(...args) as number;
    const rows = this.db.prepare(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...args, f.limit, f.offset) as AuditRow[];
    return {
      total,
      events: rows.map((r) => ({
        id: r.id, at: new Date(r.at).toISOString(), actorId: r.actor_id, actorEmail: r.actor_email, action: r.action, outcome: r.outcome,
        targetType: r.target_type, targetId: r.target_id, ip: r.ip, detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
      })),
    };
  }
}
