/**
 * Check 3: the API process (server/main.ts, its own DATA_DIR) is SIGKILLed while a CNA editor
 * saves entries (creates and versioned updates, four at a time). After a restart on the same
 * DATA_DIR: SQLite's integrity check passes, every save answered 2xx before the kill is there
 * with its content (or, if an in-flight update overwrote it, kept in the entry's history), and
 * the audit log holds a cna.create / cna.update event for each. The engine the killed server had
 * started must be gone after the restart (startEngine ends it through the pid file).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../../server/config.js';
import { freePort } from '../../server/engine/process.js';
import type { Rng } from './lib/rng.js';
import { sleep, within } from './lib/engine.js';
import { tempDir, trackChild, trackEngineDir } from './lib/cleanup.js';
import { startServer, type ServerProc } from './lib/server.js';
import { ApiClient } from './lib/http.js';
import { tinySubsetIds, writeIds } from './lib/subset.js';
import { result, type CheckResult, type Log } from './lib/check.js';

const WORKERS = 4;
const ADMIN = 'admin@faults.example';
const EDITOR = 'editor@faults.example';
const COUNTRIES = ['FRA', 'DEU', 'ESP'];
const CONTENT = ['country', 'type', 'name', 'nameLanguage', 'otherNames', 'postalAddress', 'phone', 'email', 'languages', 'channels', 'notes', 'lastVerified'] as const;

type Entry = Record<string, unknown> & { id: string; version: number };

function adminCreate(dataDir: string, password: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = trackChild(spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/auth/admin-cli.ts'), '--email', ADMIN, '--name', 'Fault Admin', '--country', 'FRA'], {
      cwd: PROJECT_ROOT, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DATA_DIR: dataDir, ADMIN_PASSWORD: password }, stdio: ['ignore', 'pipe', 'pipe'],
    }));
    let out = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.once('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`npm run admin:create exited with ${code}: ${out}`))));
  });
}

function entryInput(rng: Rng, w: number, n: number, country: string): Record<string, unknown> {
  return {
    country, type: rng.pick(['mla-central-authority', 'extradition', 'asset-recovery', 'tip-contact-point']),
    name: `Autorité fictive ${w}-${n} « essai de panne »`, nameLanguage: 'fr', otherNames: [{ language: 'en', name: `Fictitious authority ${w}-${n}` }],
    postalAddress: `${rng.int(1, 99)} rue de l'Exemple\n7599${w} Villefictive`, phone: `+33 1 00 00 ${String(rng.int(10, 99))} ${String(rng.int(10, 99))}`,
    email: `cna-${w}-${n}@faults.example`, languages: rng() < 0.5 ? ['fr', 'en'] : ['de', 'fr', 'ar'], channels: rng() < 0.5 ? ['direct'] : ['interpol', 'diplomatic'],
    notes: `Saisie ${n} du rédacteur ${w} — 中文 — عربي — ${rng().toString(36).slice(2)}`, lastVerified: '2025-01-15',
  };
}

/** A killed process stays in /proc until reaped (by init, for an orphan): a zombie counts as gone. */
async function gone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if (readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').startsWith('Z')) return true;
    } catch {
      return true;
    }
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
}

const content = (e: Record<string, unknown>) => JSON.stringify(CONTENT.map((k) => e[k] ?? null));

export async function cnaKillCheck(corpusDir: string, rng: Rng, log: Log): Promise<CheckResult> {
  const started = Date.now();
  const failures: string[] = [];
  const dir = tempDir('cna');
  const dataDir = path.join(dir, 'data');
  trackEngineDir(path.join(dataDir, 'meili'));
  writeIds(corpusDir, tinySubsetIds(corpusDir), path.join(dir, 'corpus'));
  const password = `faults ${rng().toString(36).slice(2)} lantern orchard`;
  log(`  ${await adminCreate(dataDir, password)}`);

  const env = { DATA_DIR: dataDir, CORPUS_DIR: path.join(dir, 'corpus'), NODE_ENV: 'production', LOG_LEVEL: 'warn' };
  const port = await freePort();
  let server: ServerProc | null = await startServer(env, port);
  try {
    const base = server.url;
    const anon = await new ApiClient(base).anonymous();
    await anon.expect(202, 'POST', '/api/auth/register', { email: EDITOR, name: 'Fault Editor', institution: 'Ministère fictif', country: 'FRA', reason: 'fault test', password });
    const admin = await new ApiClient(base).signIn(ADMIN, password);
    const pending = (await admin.expect(200, 'GET', '/api/auth/admin/requests?status=pending')).requests as { id: string; email: string }[];
    const req = pending.find((p) => p.email === EDITOR);
    if (!req) throw new Error(`Unexpected pending requests ${JSON.stringify(pending)}, expected ${EDITOR}`);
    await admin.expect(200, 'POST', `/api/auth/admin/requests/${req.id}/approve`, { role: 'cna-editor', countries: COUNTRIES });
    const editor = await new ApiClient(base).signIn(EDITOR, password);

    // The stream of saves; the kill comes after a random number of acknowledged ones.
    const killAfter = rng.int(40, 120);
    const killJitterMs = rng.int(0, 15);
    const acked = new Map<string, Entry>();
    const ackedOps: { action: 'cna.create' | 'cna.update'; id: string; version: number }[] = [];
    let unacked = 0;
    let stop = false;
    let killed: Promise<void> | null = null;
    const serverNow = server;
    const worker = async (w: number) => {
      const mine: string[] = [];
      for (let n = 1; !stop; n++) {
        const update = mine.length > 0 && rng() < 0.35;
        const id = update ? rng.pick(mine) : '';
        const body = entryInput(rng, w, n, rng.pick(COUNTRIES));
        let res;
        try {
          res = update
            ? await editor.send('PUT', `/api/cna/entries/${id}`, { ...body, version: acked.get(id)?.version })
            : await editor.send('POST', '/api/cna/entries', body);
        } catch {
          unacked++;
          return;
        }
        if (res.status !== (update ? 200 : 201)) {
          failures.push(`${update ? 'update' : 'create'} ${n} of writer ${w}: Unexpected ${res.status} ${JSON.stringify(res.json).slice(0, 200)}, expected ${update ? 200 : 201}`);
          return;
        }
        const entry = res.json as Entry;
        acked.set(entry.id, entry);
        ackedOps.push({ action: update ? 'cna.update' : 'cna.create', id: entry.id, version: entry.version });
        if (!update) mine.push(entry.id);
        if (ackedOps.length === killAfter && !killed) {
          killed = sleep(killJitterMs).then(() => serverNow.kill('SIGKILL'));
        }
      }
    };
    const pidFile = path.join(dataDir, 'meili', 'meilisearch.pid');
    await within(Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w + 1))), 120_000, 'the stream of saves');
    stop = true;
    if (!killed) {
      failures.push(`Unexpected end of the stream after ${ackedOps.length} saves, expected ${killAfter} before the kill`);
      killed = serverNow.kill('SIGKILL');
    }
    await killed;
    const orphan = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
    const orphanAlive = orphan > 0 && existsSync(`/proc/${orphan}`);

    // Restart on the same data directory; the first start's engine, orphaned by the kill, must be ended.
    server = await startServer(env, port);
    if (orphanAlive && !(await gone(orphan, 3000))) failures.push(`Unexpected engine ${orphan} of the killed server still running after the restart, expected startEngine to end it`);

    const db = new Database(path.join(dataDir, 'lexatlas.sqlite'), { readonly: true, fileMustExist: true });
    let integrity: string;
    let stored: Map<string, { version: number; name: string; notes: string }>;
    let audits: { action: string; target_id: string; detail: string }[];
    let history: Map<string, string>;
    try {
      integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
      stored = new Map((db.prepare('SELECT id, version, name, notes FROM cna_entries').all() as { id: string; version: number; name: string; notes: string }[]).map((r) => [r.id, r]));
      audits = db.prepare("SELECT action, target_id, detail FROM audit_log WHERE action IN ('cna.create', 'cna.update')").all() as { action: string; target_id: string; detail: string }[];
      history = new Map((db.prepare('SELECT entry_id, version, previous FROM cna_entry_history').all() as { entry_id: string; version: number; previous: string }[]).map((h) => [`${h.entry_id}@${h.version}`, h.previous]));
    } finally {
      db.close();
    }
    if (integrity !== 'ok') failures.push(`Unexpected PRAGMA integrity_check "${integrity}", expected "ok"`);

    // Every acknowledged save: present with its content, or superseded by an in-flight update that kept it in the history.
    let present = 0;
    let superseded = 0;
    const again = new ApiClient(server.url);
    again.cookie = editor.cookie;
    again.csrf = editor.csrf;
    for (const [id, want] of acked) {
      const row = stored.get(id);
      if (!row) {
        failures.push(`Unexpected absence of acknowledged entry ${id} (version ${want.version}), expected it stored`);
        continue;
      }
      if (row.version === want.version) {
        const got = await again.send('GET', `/api/cna/entries/${id}`);
        if (got.status !== 200 || content(got.json) !== content(want)) failures.push(`entry ${id}: Unexpected content ${content(got.json).slice(0, 200)} (status ${got.status}), expected the acknowledged ${content(want).slice(0, 200)}`);
        else present++;
      } else if (row.version === want.version + 1 && history.has(`${id}@${want.version}`)) {
        const prev = JSON.parse(history.get(`${id}@${want.version}`) ?? '{}') as Record<string, unknown>;
        if (content(prev) !== content(want)) failures.push(`entry ${id}: Unexpected history of version ${want.version}, expected the acknowledged content`);
        else superseded++;
      } else {
        failures.push(`entry ${id}: Unexpected stored version ${row.version}, expected the acknowledged version ${want.version}`);
      }
    }
    const auditKeys = new Set(audits.map((a) => `${a.action} ${a.target_id} ${(JSON.parse(a.detail) as { version?: number }).version}`));
    const missingAudit = ackedOps.filter((o) => !auditKeys.has(`${o.action} ${o.id} ${o.version}`));
    for (const o of missingAudit.slice(0, 10)) failures.push(`Unexpected absence of an audit event ${o.action} for ${o.id} version ${o.version}, expected one per acknowledged save`);
    // Saves in flight at the kill may or may not have been committed; when they were, they should be audited too.
    const extra = [...stored.keys()].filter((id) => !acked.has(id));
    const extraAudited = extra.filter((id) => audits.some((a) => a.target_id === id && a.action === 'cna.create')).length;

    const creates = ackedOps.filter((o) => o.action === 'cna.create').length;
    const lines = [
      `cna: ${ackedOps.length} saves acknowledged (${creates} creates, ${ackedOps.length - creates} updates) by ${WORKERS} writers before SIGKILL, ${unacked} in flight; after restart integrity_check ${integrity}, ${present + superseded}/${acked.size} acknowledged entries intact (${superseded} superseded by an in-flight update, kept in history), ${ackedOps.length - missingAudit.length}/${ackedOps.length} audited`,
      `cna: ${extra.length} unacknowledged create(s) found committed (${extraAudited} with their audit event); engine of the killed server ${orphanAlive ? 'was orphaned and ended by the restart' : 'had stopped with it'}`,
    ];
    return result('cna-kill', started, lines, failures, {
      acknowledged: ackedOps.length, creates, updates: ackedOps.length - creates, inFlight: unacked, killAfter, killJitterMs, integrity,
      intact: present, superseded, audited: ackedOps.length - missingAudit.length, unacknowledgedCommitted: extra.length, unacknowledgedAudited: extraAudited, orphanEngine: orphanAlive,
    });
  } finally {
    await server?.kill('SIGTERM');
  }
}
