import { decodeSource } from '../../ingest/pipeline/decode.js';

describe('decodeSource', () => {
  test('UTF-8 with BOM and CRLF decodes to clean text', () => {
    const r = decodeSource(Buffer.from('\uFEFFArticle 1\r\nTexte'), 'a.md');
    expect(r).toEqual({ ok: true, text: 'Article 1\nTexte', findings: [] });
  });
  test.each([
    ['invalid UTF-8', Buffer.from([0x41, 0x0a, 0x42, 0xc3, 0x28, 0x43]), 'invalid-utf8', /invalid UTF-8 byte 0xc3 at byte 3/],
    ['UTF-16 without BOM', Buffer.from('Article premier', 'utf16le'), 'utf16-no-bom', /UTF-16 text without byte-order mark/],
    ['UTF-16 with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Art', 'utf16le')]), 'utf16-bom', /UTF-16 byte-order mark/],
    ['binary junk', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary-content', /binary content/],
    ['empty file', Buffer.alloc(0), 'empty-file', /empty file/],
    ['only white space', Buffer.from('  \n\n '), 'empty-file', /only white space/],
  ])('%s is a finding with a clear reason', (_name, buf, rule, reason) => {
    const r = decodeSource(buf, 'doc.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.finding.rule).toBe(rule);
      expect(r.finding.file).toBe('doc.txt');
      expect(r.finding.reason).toMatch(reason);
    }
  });
  test('invalid UTF-8 reports its line', () => {
    const r = decodeSource(Buffer.concat([Buffer.from('one\ntwo\n'), Buffer.from([0xff])]), 'x.md');
    expect(!r.ok && r.finding.line).toBe(3);
  });
});
