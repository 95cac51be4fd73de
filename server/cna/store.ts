/**
 * The CNA directory in SQLite. Every change keeps the previous version in `cna_entry_history`
 * with who changed it and when; deletion is a change too (the row is marked, never erased).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../auth/database.js';
import type { CnaChannel, CnaEntryInput, CnaType } from './schema.js';

export interface Person {
  id: string;
  name: string;
}

export interface CnaEntry {
  id: string;
  country: string;
  type: CnaType;
  name: string;
  nameLanguage: string;
  otherNames: { language: string; name: string }[];
  postalAddress: string;
  phone: string | null;
  email: string | null;
  languages: string[];
  channels: CnaChannel[];
  notes: string | null;
  lastVerified: string;
  version: number;
  createdAt: string;
  createdBy: Person;
  updatedAt: string;
  updatedBy: Person;
}

export interface CnaHistoryItem {
  /** The version this change replaced, as it was. */
  previous: CnaEntry;
  action: 'update' | 'delete';
  changedAt: string;
  changedBy: Person;
}

interface EntryRow {
  id: string; country: string; type: CnaType; name: string; name_language: string; other_names: string; postal_address: string;
  phone: string | null; email: string | null; languages: string; channels: string; notes: string | null; last_verified: string;
  version: number; created_at: number; created_by: string; created_by_name: string; updated_at: number; updated_by: string; updated_by_name: string;
}

export interface CnaFilter {
  country: string[];
  type: string[];
  language: string[];
  q?: string;
}

/** Case- and accent-folded text: SQLite's LIKE folds ASCII only. */
export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function searchText(e: CnaEntryInput): string {
  return fold([e.name, ...e.otherNames.map((o) => o.name), e.postalAddress, e.email ?? '', e.phone ?? '', e.notes ?? '', e.country].join(' \n '));
}

const SELECT = `SELECT e.*, cu.name AS created_by_name, uu.name AS updated_by_name FROM cna_entries e
  JOIN users cu ON cu.id = e.created_by JOIN users uu ON uu.id = e.updated_by`;

function toEntry(r: EntryRow): CnaEntry {
  return {
    id: r.id, country: r.country, type: r.type, name: r.name, nameLanguage: r.name_language,
    otherNames: JSON.parse(r.other_names) as CnaEntry['otherNames'], postalAddress: r.postal_address, phone: r.phone, email: r.email,
    languages: JSON.parse(r.languages) as string[], channels: JSON.parse(r.channels) as CnaChannel[], notes: r.notes, lastVerified: r.last_verified,
    version: r.version, createdAt: new Date(r.created_at).toISOString(), createdBy: { id: r.created_by, name: r.created_by_name },
    updatedAt: new Date(r.updated_at).toISOString(), updatedBy: { id: r.updated_by, name: r.updated_by_name },
  };
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class CnaStore {
  constructor(private readonly db: Db, private readonly now: () => number) {}

  list(f: CnaFilter, limit: number, offset: number): { total: number; entries: CnaEntry[] } {
    const clauses = ['e.deleted_at IS NULL'];
    const args: (string | number)[] = [];
    const oneOf = (column: string, values: string[]) => {
      if (values.length === 0) return;
      clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
      args.push(...values);
    };
    oneOf('e.country', f.country);
    oneOf('e.type', f.type);
    if (f.language.length) {
      clauses.push(`EXISTS (SELECT 1 FROM json_each(e.languages) WHERE value IN (${f.language.map(() => '?').join(', ')}))`);
      args.push(...f.language);
    }
    // Every word of the query must occur somewhere in the entry.
    for (const word of fold(f.q ?? '').split(' ').filter(Boolean)) {
      clauses.push("e.search_text LIKE ? ESCAPE '\\'");
      args.push(`%${escapeLike(word)}%`);
    }
    const where = `WHERE ${clauses.join(' AND ')}`;
    const total = this.db.prepare(`SELECT count(*) FROM cna_entries e ${where}`).pluck().get(...args) as number;
    const rows = this.db.prepare(`${SELECT} ${where} ORDER BY e.country, e.type, e.name, e.id LIMIT ? OFFSET ?`).all(...args, limit, offset) as EntryRow[];
    return { total, entries: rows.map(toEntry) };
  }

  get(id: string): CnaEntry | undefined {
    const row = this.db.prepare(`${SELECT} WHERE e.id = ? AND e.deleted_at IS NULL`).get(id) as EntryRow | undefined;
    return row && toEntry(row);
  }

  history(id: string): CnaHistoryItem[] {
    const rows = this.db.prepare(`SELECT h.previous, h.action, h.changed_at, h.changed_by, u.name FROM cna_entry_history h
      JOIN users u ON u.id = h.changed_by WHERE h.entry_id = ? ORDER BY h.version DESC, h.id DESC`)
      .all(id) as { previous: string; action: 'update' | 'delete'; changed_at: number; changed_by: string; name: string }[];
    return rows.map((h) => ({
      previous: JSON.parse(h.previous) as CnaEntry, action: h.action, changedAt: new Date(h.changed_at).toISOString(), changedBy: { id: h.changed_by, name: h.name },
    }));
  }

  create(e: CnaEntryInput, userId: string): CnaEntry {
    const id = randomUUID();
    const now = this.now();
    this.db.prepare(`INSERT INTO cna_entries (id, country, type, name, name_language, other_names, postal_address, phone, email, languages,
      channels, notes, last_verified, version, created_at, created_by, updated_at, updated_by, search_text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`)
      .run(id, e.country, e.type, e.name, e.nameLanguage, JSON.stringify(e.otherNames), e.postalAddress, e.phone ?? null, e.email ?? null,
        JSON.stringify([...new Set(e.languages)]), JSON.stringify([...new Set(e.channels)]), e.notes ?? null, e.lastVerified, now, userId, now, userId, searchText(e));
    return this.get(id) as CnaEntry;
  }

  /** `conflict` when `version` is not the current one (someone saved in between). */
  update(id: string, e: CnaEntryInput, version: number, userId: string): CnaEntry | 'conflict' | undefined {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (!before) return undefined;
      if (before.version !== version) return 'conflict' as const;
      const now = this.now();
      this.keep(before, 'update', userId, now);
      this.db.prepare(`UPDATE cna_entries SET country = ?, type = ?, name = ?, name_language = ?, other_names = ?, postal_address = ?, phone = ?,
        email = ?, languages = ?, channels = ?, notes = ?, last_verified = ?, version = version + 1, updated_at = ?, updated_by = ?, search_text = ?
        WHERE id = ?`)
        .run(e.country, e.type, e.name, e.nameLanguage, JSON.stringify(e.otherNames), e.postalAddress, e.phone ?? null, e.email ?? null,
          JSON.stringify([...new Set(e.languages)]), JSON.stringify([...new Set(e.channels)]), e.notes ?? null, e.lastVerified, now, userId, searchText(e), id);
      return this.get(id);
    }).immediate();
  }

  delete(id: string, userId: string): boolean {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (!before) return false;
      const now = this.now();
      this.keep(before, 'delete', userId, now);
      this.db.prepare('UPDATE cna_entries SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(now, userId, id);
      return true;
    }).immediate();
  }

  private keep(before: CnaEntry, action: 'update' | 'delete', userId: string, at: number): void {
    this.db.prepare('INSERT INTO cna_entry_history (entry_id, version, action, previous, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(before.id, before.version, action, JSON.stringify(before), userId, at);
  }
}
