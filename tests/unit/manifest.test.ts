import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readManifest, sha256Hex, ManifestError } from '../../corpus/manifest.js';
import { CORPUS_DIR } from '../helpers/corpus.js';

function record(id: string, file: string | null, content?: string) {
  return {
    id, kind: 'legislation', file, format: file ? 'markdown' : null, title: `Title ${id}`, title_en: null, country: 'FRA', language: 'fr', date: '2020-01-01',
    source: { url: null }, licence: 'test', sha256: content !== undefined ? sha256Hex(Buffer.from(content)) : null, bytes: content !== undefined ? Buffer.byteLength(content) : null, meta: {}, notes: null,
  };
}

describe('manifest reader', () => {
  test('the real corpus manifest: every record valid, every file verified', () => {
    const r = readManifest(CORPUS_DIR);
    expect(r.findings).toEqual([]);
    expect(r.total).toBe(314);
    expect(r.entries).toHaveLength(314);
    expect(r.entries.filter((e) => e.path === null)).toHaveLength(24);
  });

  describe('bad manifests written by the test', () => {
    let dir: string;
    let outside: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-manifest-'));
      outside = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-outside-'));
      mkdirSync(path.join(dir, 'docs'));
      writeFileSync(path.join(dir, 'docs/good.md'), '# Good\n\nArticle 1 text');
      writeFileSync(path.join(dir, 'docs/changed.md'), 'changed after hashing');
      writeFileSync(path.join(outside, 'secret.md'), 'outside');
      symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'docs/link.md'));
      const records = [
        record('good-doc', 'docs/good.md', '# Good\n\nArticle 1 text'),
        { ...record('bad-kind', null), kind: 'novel' },
        record('good-doc', 'docs/good.md', '# Good\n\nArticle 1 text'),
        record('escapes', '../outside.md', 'x'),
        record('absolute', '/etc/passwd', 'x'),
        record('via-link', 'docs/link.md', 'outside'),
        record('missing-file', 'docs/nope.md', 'x'),
        record('hash-mismatch', 'docs/changed.md', 'original content'),
        { ...record('Bad_Id', null) },
        { ...record('bad-country', null), country: 'XXX' },
        'not an object',
      ];
      writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(records));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    });

    test('valid records go on; each problem names index, id and field', () => {
      const r = readManifest(dir);
      expect(r.entries.map((e) => e.record.id)).toEqual(['good-doc']);
      const by = (rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.reason);
      expect(by('manifest-schema').join('\n')).toMatch(/record 1 \(id "bad-kind"\), field kind/);
      expect(by('manifest-duplicate-id')[0]).toMatch(/record 2 \(id "good-doc"\), field id: duplicate id, first used by record 0/);
      expect(by('manifest-file-outside')).toHaveLength(3);
      expect(by('manifest-file-outside').join('\n')).toMatch(/"\.\.\/outside\.md" leaves the source folder/);
      expect(by('manifest-file-outside').join('\n')).toMatch(/symbolic link leading out of the source folder/);
      expect(by('manifest-file-missing')[0]).toMatch(/record 6 \(id "missing-file"\), field file: file "docs\/nope\.md" does not exist/);
      expect(r.findings.find((f) => f.documentId === 'hash-mismatch')?.reason).toMatch(/field (sha256|bytes)/);
      expect(by('manifest-schema').join('\n')).toMatch(/record 8 \(id "Bad_Id"\), field id/);
      expect(by('manifest-schema').join('\n')).toMatch(/record 9 \(id "bad-country"\), field country/);
      expect(by('manifest-schema').join('\n')).toMatch(/record 10, field \(record\)/);
    });

    test('a manifest that is not a JSON array is a ManifestError naming the file', () => {
      const bad = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-manifest-bad-'));
      writeFileSync(path.join(bad, 'manifest.json'), '{"id": ');
      expect(() => readManifest(bad)).toThrow(ManifestError);
      expect(() => readManifest(bad)).toThrow(/manifest\.json: Unexpected content/);
      rmSync(bad, { recursive: true, force: true });
    });
  });
});
