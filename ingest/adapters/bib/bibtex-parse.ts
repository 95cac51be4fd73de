/**
 * A small BibTeX reader for one entry: `@type{key, name = {value} | "value" | bare, ...}` with
 * nested braces, `#` concatenation and common LaTeX accents. Problems (no entry, unbalanced
 * braces, a field without `=`) are returned with their line, never thrown.
 */

export interface BibField { raw: string; line: number }
export interface BibEntry { type: string; key: string; fields: Map<string, BibField>; line: number }
export interface BibProblem { line: number; element?: string; rule: string; reason: string }

export function parseBibtex(text: string): { entry: BibEntry | null; problems: BibProblem[]; more: number } {
  const problems: BibProblem[] = [];
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  const start = /@\s*([A-Za-z]+)\s*([{(])/g.exec(text);
  if (!start) {
    problems.push({ line: 1, rule: 'bibtex-entry', reason: 'Unexpected text without an entry, expected @type{key, field = {value}, ...}' });
    return { entry: null, problems, more: 0 };
  }
  const close = start[2] === '{' ? '}' : ')';
  let i = start.index + start[0].length;
  const keyEnd = text.indexOf(',', i);
  const key = text.slice(i, keyEnd === -1 ? undefined : keyEnd).trim();
  const entry: BibEntry = { type: start[1].toLowerCase(), key, fields: new Map(), line: lineAt(start.index) };
  if (keyEnd === -1) {
    problems.push({ line: entry.line, rule: 'bibtex-syntax', reason: 'Unexpected end of entry after the citation key, expected "," and fields' });
    return { entry, problems, more: 0 };
  }
  i = keyEnd + 1;
  const skip = () => { while (i < text.length && /[\s,]/.test(text[i])) i++; };
  let closed = false;
  for (;;) {
    skip();
    if (i >= text.length) break;
    if (text[i] === close) { closed = true; i++; break; }
    const name = /^[A-Za-z][\w:.+-]*/.exec(text.slice(i, i + 100))?.[0];
    if (!name) {
      problems.push({ line: lineAt(i), rule: 'bibtex-syntax', reason: `Unexpected "${text.slice(i, i + 20).split('\n')[0]}", expected a field name` });
      break;
    }
    const fieldLine = lineAt(i);
    i += name.length;
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text[i] !== '=') {
      problems.push({ line: lineAt(i), element: name, rule: 'bibtex-syntax', reason: `Unexpected "${text.slice(i, i + 20).split('\n')[0]}" after field "${name}", expected "="` });
      break;
    }
    i++;
    const parts: string[] = [];
    let ok = true;
    for (;;) {
      while (i < text.length && /\s/.test(text[i])) i++;
      const value = readValue(text, i);
      if (!value) {
        problems.push({ line: fieldLine, element: name, rule: 'bibtex-unbalanced', reason: `Unexpected end of file inside the value of field "${name}" (line ${fieldLine}), expected a closing } or "` });
        ok = false;
        break;
      }
      parts.push(value.value);
      i = value.end;
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text[i] !== '#') break;
      i++;
    }
    if (!ok) break;
    entry.fields.set(name.toLowerCase(), { raw: parts.join(''), line: fieldLine });
  }
  if (!closed && problems.length === 0) {
    problems.push({ line: lineAt(text.length), rule: 'bibtex-unbalanced', reason: `Unexpected end of file inside entry "${key}", expected a closing ${close}` });
  }
  const more = closed ? (text.slice(i).match(/@\s*[A-Za-z]+\s*[{(]/g) ?? []).length : 0;
  return { entry, problems, more };
}

/** One value at `i`: braced (nested), quoted, or a bare word/number. */
function readValue(text: string, i: number): { value: string; end: number } | null {
  const c = text[i];
  if (c === '{' || c === '"') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const ch = text[j];
      if (ch === '\\') { j++; continue; }
      if (ch === '{') depth++;
      else if (ch === '}') {
        depth--;
        if (c === '{' && depth === 0) return { value: text.slice(i + 1, j), end: j + 1 };
        if (depth < 0) return null;
      } else if (ch === '"' && c === '"' && depth === 0 && j > i) return { value: text.slice(i + 1, j), end: j + 1 };
    }
    return null;
  }
  const bare = /^[^\s,#{}()"]+/.exec(text.slice(i, i + 200));
  return bare ? { value: bare[0], end: i + bare[0].length } : null;
}

/** Split at a separator that is not inside braces (`A and {B and C}` → two names). */
export function splitTopLevel(raw: string, sep: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let j = 0; j < raw.length; j++) {
    if (raw[j] === '{') depth++;
    else if (raw[j] === '}') depth--;
    else if (depth === 0) {
      const m = sep.exec(raw.slice(j));
      if (m && m.index === 0) {
        out.push(raw.slice(from, j));
        j += m[0].length - 1;
        from = j + 1;
      }
    }
  }
  out.push(raw.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}

const ACCENTS: Record<string, string> = { "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307', u: '\u0306', v: '\u030c', H: '\u030b', c: '\u0327' };

/** LaTeX to text: accents, escaped specials, protective braces; whitespace collapsed, blank lines kept. */
export function deTex(raw: string): string {
  return raw
    .replace(/\\([`'^"~=.uvHc])\s*\{?\\?([A-Za-z])\}?/g, (_, a: string, ch: string) => `${ch}${ACCENTS[a]}`)
    .replace(/\\([&%$#_{}])/g, '$1')
    .replace(/\\(textendash|textemdash)\b\s*/g, (_, w: string) => (w === 'textendash' ? '–' : '—'))
    .replace(/[{}]/g, '')
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
