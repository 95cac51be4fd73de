/**
 * Decode a source file as UTF-8, or say exactly why it can't be: invalid UTF-8 (with the byte
 * offset and line), UTF-16 without a byte-order mark, binary content, an empty file.
 */
import type { Finding } from '../../corpus/schema.js';

export type Decoded = { ok: true; text: string; findings: Finding[] } | { ok: false; finding: Finding };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function lineAt(buf: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > buf.length) return i;
    for (let k = 1; k < n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

export function decodeSource(buf: Buffer, file: string): Decoded {
  const fail = (rule: string, reason: string, line?: number): Decoded => ({ ok: false, finding: { severity: 'error', file, rule, reason, ...(line ? { line } : {}) } });
  if (buf.length === 0) return fail('empty-file', 'Unexpected empty file, expected document content');
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return fail('utf16-bom', 'Unexpected UTF-16 byte-order mark, expected UTF-8 text');
  }
  const sample = buf.subarray(0, Math.min(buf.length, 4096));
  let zeros = 0;
  let evenZeros = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) {
      zeros++;
      if (i % 2 === 0) evenZeros++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (zeros > sample.length / 8 && (evenZeros > zeros * 0.9 || evenZeros < zeros * 0.1)) {
    return fail('utf16-no-bom', 'Unexpected UTF-16 text without byte-order mark (every other byte is zero), expected UTF-8 text');
  }
  if (zeros > 0 || control > sample.length / 20) return fail('binary-content', 'Unexpected binary content (NUL or control bytes), expected UTF-8 text');
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    return fail('invalid-utf8', `Unexpected invalid UTF-8 byte 0x${buf[at]?.toString(16).padStart(2, '0')} at byte ${at}, expected UTF-8 text`, lineAt(buf, at));
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return fail('empty-file', 'Unexpected file with only white space, expected document content');
  return { ok: true, text, findings: [] };
}
