/**
 * Versioned schema of the accounts database (accounts, sessions, throttling, audit log, CNA
 * directory). A migration is never edited once released: add a new one at the end. Each runs
 * in its own transaction and is recorded in `schema_migrations`.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts',
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        institution TEXT NOT NULL,
        country TEXT NOT NULL,
        reason TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        role TEXT CHECK (role IN ('official', 'cna-editor', 'admin')),
        created_at INTEGER NOT NULL,
        decided_at INTEGER,
        decided_by TEXT REFERENCES users(id),
        decision_note TEXT
      );
      CREATE TABLE user_countries (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        country TEXT NOT NULL,
        PRIMARY KEY (user_id, country)
      );
      -- id_hash is the SHA-256 of the cookie value: a copy of the database does not yield live sessions.
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_user ON sessions(user_id);
      CREATE INDEX sessions_expiry ON sessions(expires_at);
      CREATE TABLE throttle (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        window_start INTEGER NOT NULL,
        locked_until INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor_id TEXT,
        actor_email TEXT,
        action TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
        target_type TEXT,
        target_id TEXT,
        ip TEXT,
        detail TEXT
      );
      CREATE INDEX audit_at ON audit_log(at);
      CREATE INDEX audit_target ON audit_log(target_type, target_id);
    `,
  },
  {
    version: 2,
    name: 'cna-directory',
    sql: `
      CREATE TABLE cna_entries (
        id TEXT PRIMARY KEY,
        country TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        name_language TEXT NOT NULL,
        other_names TEXT NOT NULL,
        postal_address TEXT NOT NULL,
        phone TEXT,
        email TEXT,
        languages TEXT NOT NULL,
        channels TEXT NOT NULL,
        notes TEXT,
        last_verified TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        deleted_at INTEGER,
        deleted_by TEXT REFERENCES users(id),
        -- accent- and case-folded text of the searchable fields (SQLite LIKE folds ASCII only).
        search_text TEXT NOT NULL
      );
      CREATE INDEX cna_entries_country_type ON cna_entries(country, type);
      -- One row per change: the version as it was before the change, who changed it and when.
      CREATE TABLE cna_entry_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id TEXT NOT NULL REFERENCES cna_entries(id),
        version INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('update', 'delete')),
        previous TEXT NOT NULL,
        changed_by TEXT NOT NULL REFERENCES users(id),
        changed_at INTEGER NOT NULL
      );
      CREATE INDEX cna_history_entry ON cna_entry_history(entry_id, version);
    `,
  },
];
