/**
 * A source folder of malformed files and manifest records (plus a few good documents), written
 * into a temporary directory for tests/integration/bad-sources.test.ts. Each bad case says how it
 * must be reported: the reason it must give.
 */
import { closeSync, mkdirSync, openSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES, sha256Hex } from '../../corpus/manifest.js';

export interface BadCase {
  /** Record id (or null for a record without a usable id) and its index in the manifest. */
  id: string | null;
  index: number;
  what: string;
  reason: RegExp;
}

export interface SourceFolder {
  bad: BadCase[];
  good: string[];
  records: unknown[];
}

type Rec = Record<string, unknown>;

export function writeBadSources(dir: string, outside: string): SourceFolder {
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  const records: unknown[] = [];
  const bad: BadCase[] = [];
  const good: string[] = [];
  const base = (id: string, file: string | null, format: string | null, buf: Buffer | null): Rec => ({
    id, kind: 'legislation', file, format, title: `Fixture ${id}`, title_en: null, country: 'FRA', language: 'fr', date: '2020-01-01',
    source: { url: null }, licence: 'test fixture', sha256: buf ? sha256Hex(buf) : null, bytes: buf ? buf.length : null, meta: {}, notes: null,
  });
  const file = (name: string, content: Buffer | string): Buffer => {
    const buf = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    writeFileSync(path.join(dir, 'docs', name), buf);
    return buf;
  };
  /** A record whose file is written as given; `patch` changes the record after the hash is taken. */
  const doc = (id: string, name: string, content: Buffer | string, format: string, patch: Rec = {}): Rec => {
    const buf = file(name, content);
    return { ...base(id, `docs/${name}`, format, buf), ...patch };
  };
  const addBad = (what: string, reason: RegExp, rec: unknown) => {
    const id = rec && typeof rec === 'object' && typeof (rec as Rec).id === 'string' ? ((rec as Rec).id as string) : null;
    bad.push({ id, index: records.length, what, reason });
    records.push(rec);
  };
  const addGood = (rec: Rec) => {
    good.push(rec.id as string);
    records.push(rec);
  };
  const law = (n: number) => `# Loi de fixture ${n}\n\n## Article 1\n\nLe blanchiment du produit du crime est puni de dix ans d'emprisonnement.\n\n## Article 2\n\nLa participation à un groupe criminel organisé est punie.\n`;

  addGood(doc('good-law-one', 'good-1.md', law(1), 'markdown'));
  addGood(doc('good-law-two', 'good-2.md', law(2), 'markdown'));
  addGood(doc('good-law-three', 'good-3.txt', 'Article 1\nLa traite des personnes est punie.\n\nArticle 2\nLe trafic illicite de migrants est puni.\n', 'text'));

  // Manifest records.
  addBad('duplicate id', /duplicate id, first used by record 0/, doc('good-law-one', 'dup.md', law(9), 'markdown'));
  addBad('id with a path separator', /field id: expected a lowercase slug/, doc('docs/../evil', 'sep1.md', law(3), 'markdown'));
  addBad('id with a backslash', /field id: expected a lowercase slug/, doc('evil\\id', 'sep2.md', law(3), 'markdown'));
  addBad('id with a NUL', /field id: expected a lowercase slug/, doc('evil\u0000id', 'sep3.md', law(3), 'markdown'));
  addBad('id of 500 characters', /field id: /, doc('a'.repeat(500), 'long.md', law(3), 'markdown'));
  writeFileSync(path.join(outside, 'outside.md'), law(4));
  addBad('file outside the folder (..)', /leaves the source folder/, { ...base('outside-dotdot', `../${path.basename(outside)}/outside.md`, 'markdown', Buffer.from(law(4))) });
  addBad('absolute file path', /leaves the source folder/, { ...base('outside-absolute', path.join(outside, 'outside.md'), 'markdown', Buffer.from(law(4))) });
  symlinkSync(path.join(outside, 'outside.md'), path.join(dir, 'docs', 'link.md'));
  addBad('symlink leading out', /symbolic link leading out of the source folder/, { ...base('outside-symlink', 'docs/link.md', 'markdown', Buffer.from(law(4))) });
  addBad('file with a NUL in its name', /leaves the source folder/, { ...base('nul-in-name', 'docs/a\u0000b.md', 'markdown', Buffer.from(law(4))) });
  addBad('missing file', /does not exist/, { ...base('missing-file', 'docs/nowhere.md', 'markdown', Buffer.from(law(4))) });
  mkdirSync(path.join(dir, 'docs', 'a-directory.md'));
  addBad('a directory as file', /is not a regular file/, { ...base('directory-file', 'docs/a-directory.md', 'markdown', Buffer.from(law(4))) });
  // Over the size limit: a sparse file, so the test does not write 32 MB.
  const fd = openSync(path.join(dir, 'docs', 'huge.md'), 'w');
  ftruncateSync(fd, MAX_FILE_BYTES + 1);
  closeSync(fd);
  addBad('file over the size limit', new RegExp(`is ${MAX_FILE_BYTES + 1} bytes; expected at most ${MAX_FILE_BYTES} bytes`), { ...base('huge-file', 'docs/huge.md', 'markdown', null), sha256: '0'.repeat(64), bytes: MAX_FILE_BYTES + 1 });
  addBad('sha256 mismatch', /has SHA-256 [0-9a-f]{64}; expected f{64}/, doc('sha-mismatch', 'sha.md', law(5), 'markdown', { sha256: 'f'.repeat(64) }));
  addBad('bytes mismatch', /has \d+ bytes; expected 3/, doc('bytes-mismatch', 'bytes.md', law(5), 'markdown', { bytes: 3 }));
  addBad('unknown format', /field format: /, doc('unknown-format', 'x.docx', law(6), 'docx'));
  addBad('unknown language code', /field language: expected a BCP-47 primary language subtag/, doc('unknown-language', 'lang.md', law(6), 'markdown', { language: 'french' }));
  addBad('unknown country code', /field country: expected an ISO 3166-1 alpha-3 code/, doc('unknown-country', 'country.md', law(6), 'markdown', { country: 'XYZ' }));
  addBad('unknown kind', /field kind: /, doc('unknown-kind', 'kind.md', law(6), 'markdown', { kind: 'statute' }));
  addBad('date that is not a date', /field date: expected YYYY, YYYY-MM or YYYY-MM-DD/, doc('bad-date', 'date.md', law(6), 'markdown', { date: 'yesterday' }));
  addBad('unknown field', /field \(record\): /, doc('unknown-field', 'field.md', law(6), 'markdown', { evil: true }));
  addBad('record that is not an object', new RegExp(`record ${records.length}, field \\(record\\): `), 42);
  addBad('file without sha256', /field sha256: expected the SHA-256 of the file/, doc('no-sha', 'nosha.md', law(6), 'markdown', { sha256: null }));
  addBad('wrongly typed fields', /field title: /, doc('wrong-types', 'types.md', law(6), 'markdown', { title: ['not', 'a', 'string'] }));

  // File contents.
  addBad('invalid UTF-8', /invalid UTF-8 byte 0xc3 at byte \d+/, doc('invalid-utf8', 'bad-utf8.md', Buffer.concat([Buffer.from('# Titre\n\nTexte '), Buffer.from([0xc3, 0x28]), Buffer.from(' fin.\n')]), 'markdown'));
  addBad('UTF-16 without BOM', /UTF-16 text without byte-order mark/, doc('utf16-no-bom', 'utf16.md', Buffer.from(law(7), 'utf16le'), 'markdown'));
  addBad('UTF-16 with BOM', /UTF-16 byte-order mark, expected UTF-8/, doc('utf16-bom', 'utf16bom.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(law(7), 'utf16le')]), 'markdown'));
  addBad('binary junk', /binary content/, doc('binary-junk', 'junk.md', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'markdown'));
  addBad('empty file', /empty file/, doc('empty-file', 'empty.md', '', 'markdown'));
  addBad('white space only', /only white space/, doc('blank-file', 'blank.md', ' \n\t\n   \n', 'markdown'));

  // Structures the adapters must survive.
  addBad('truncated XML', /xml|well-formed|Unexpected/i, doc('truncated-xml', 'trunc.xml', '<akomaNtoso><act><body><article eId="art_1"><num>Article 1</num><content><p>Le blanch', 'akn-xml'));
  addBad('deeply nested XML', /nest|deep/i, doc('deep-xml', 'deep.xml', `<akomaNtoso><act><body>${'<hcontainer>'.repeat(100_000)}x${'</hcontainer>'.repeat(100_000)}</body></act></akomaNtoso>`, 'akn-xml'));
  const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('\n');
  addBad('billion laughs XML', /DOCTYPE|DTD|entit/i, doc('billion-laughs', 'laughs.xml', `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [\n${laughs}\n]>\n<akomaNtoso><act><body><article eId="art_1"><num>1</num><content><p>&lol9;</p></content></article></body></act></akomaNtoso>`, 'akn-xml'));
  addBad('XML that is not Akoma Ntoso', /Unexpected/, doc('wrong-root-xml', 'root.xml', '<html><body><p>Not an act</p></body></html>', 'akn-xml'));
  addBad('Canada XML truncated', /Unexpected/, doc('truncated-canada', 'ca.xml', '<Statute><Body><Section><Label>1</Label><Text>Every one who', 'canada-xml'));
  addBad('Rechtspraak XML that is text', /Unexpected/, doc('text-as-rechtspraak', 'rs.xml', 'This is not XML at all.\n', 'rechtspraak-xml'));
  addBad('CNXML of junk', /Unexpected/, doc('junk-cnxml', 'junk.cnxml', '<<<>>>&&&;;;', 'cnxml'));
  addBad('Markdown with 10,000 nested lists', /Unexpected|nested/i, doc('nested-lists', 'nested.md', `# Titre\n\n${'- '.repeat(10_000)}item\n`, 'markdown'));
  addBad('Markdown with 10,000 nested block quotes', /Unexpected|nested/i, doc('nested-quotes', 'quotes.md', `# Titre\n\n${'>'.repeat(10_000)} texte\n`, 'markdown'));
  addBad('front matter that does not parse', /front matter/i, doc('bad-front-matter', 'fm.md', '---\ntitle: [unclosed\n  - : :\n---\n# Titre\n\n## Article 1\n\nTexte.\n', 'markdown'));
  addBad('treaty JSON that does not parse', /Unexpected/, doc('broken-treaty-json', 'treaty.json', '{"articles": [{"number": 1, "text": "x"', 'treaty-json'));
  addBad('case JSON of the wrong shape', /Unexpected/, doc('wrong-case-json', 'case.json', '[1, 2, 3]', 'case-facts-json'));
  addBad('CSL JSON deeply nested', /Unexpected|nested/i, doc('deep-csl-json', 'csl.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'csl-json'));
  addBad('BibTeX of junk', /Unexpected/, doc('junk-bibtex', 'junk.bib', '@article{ {{{ }}} @@@ =====', 'bibtex'));
  addBad('HTML with only a script', /Unexpected/, doc('script-only-html', 'script.html', '<html><body><script>alert(1)</script></body></html>', 'html'));

  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(records, null, 1));
  return { bad, good, records };
}
