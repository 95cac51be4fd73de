/**
 * `npm start` with a DATA_DIR that cannot be a directory (a path below a regular file): the real
 * server/main.ts, as a child process, must stop at once with exit code 1 and one line naming the
 * directory and the reason, never a stack trace. (The read-only and full-disk variants need
 * mounts and run in `npm run test:faults`.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { judgeRefusal, startExpectingExit } from '../faults/data-dir.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-datadir-'));
  writeFileSync(path.join(dir, 'a-file'), 'a regular file, not a directory\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('a DATA_DIR below a regular file stops the server with exit 1 and a one-line message naming it', async () => {
  const dataDir = path.join(dir, 'a-file', 'data');
  const o = await startExpectingExit(dataDir, 20_000);
  expect(o.signal).toBeNull();
  expect(o.code).toBe(1);
  expect(o.stderr.trim()).toBe(`Data directory ${dataDir} cannot be used (ENOTDIR). Set DATA_DIR to a writable directory.`);
  expect(o.output).not.toMatch(/^\s+at\s/m);
  expect(judgeRefusal(o, dataDir, 'cannot be used (ENOTDIR)', 20_000)).toEqual([]);
}, 30_000);
