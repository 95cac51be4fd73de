/**
 * JSON reading shared by the JSON adapters (treaty, case facts, CSL): a syntax error becomes a
 * finding with its line, and fields are read through small checkers that record a finding (with a
 * JSON pointer) when a value is missing or of the wrong type.
 */
import type { Finding } from '../../../corpus/schema.js';
import type { AdapterInput } from '../types.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface JsonSource {
  value: Json | undefined;
  findings: Finding[];
  finding(severity: Finding['severity'], pointer: string, rule: string, reason: string): Finding;
}

export function parseJson(input: AdapterInput): JsonSource {
  const { text, file, record } = input;
  const findings: Finding[] = [];
  const finding = (severity: Finding['severity'], pointer: string, rule: string, reason: string): Finding => ({
    severity, file, element: pointer || '/', rule, reason, documentId: record.id,
  });
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) {
    findings.push({ severity: 'error', file, rule: 'json-too-deep', reason: `Unexpected JSON nested ${depth} levels deep, expected at most ${MAX_JSON_DEPTH}`, documentId: record.id });
    return { value: undefined, findings, finding };
  }
  try {
    return { value: JSON.parse(text) as Json, findings, finding };
  } catch (err) {
    const message = (err as Error).message.replace(/\s+/g, ' ');
    const offset = syntaxErrorOffset(text);
    const line = text.slice(0, offset).split('\n').length;
    findings.push({ severity: 'error', file, line, rule: 'json-syntax', reason: `Unexpected JSON syntax (${message}), expected valid JSON`, documentId: record.id });
    return { value: undefined, findings, finding };
  }
}

/** No source record nests this deep; refusing early keeps adapters' recursive walks safe. */
export const MAX_JSON_DEPTH = 256;

/** Deepest array/object nesting, by a linear scan that skips strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash escape
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/**
 * Offset of the first JSON syntax error. V8 messages carry a position only for some errors
 * ("Unexpected token ']', ... is not valid JSON" has none), so we scan for it ourselves.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const ws = () => { while (i < text.length && /\s/.test(text[i])) i++; };
  const fail = (): never => { throw i; };
  const literal = (word: string) => { if (text.startsWith(word, i)) i += word.length; else fail(); };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) { i++; return; }
      for (;;) {
        ws();
        if (c === '{') {
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === close) { i++; return; }
        fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : text.length;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : text.length;
  }
}

export function isObject(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function describe(v: Json | undefined): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  return Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** A string field; records a finding when required and missing, or present with another type. */
export function stringField(src: JsonSource, obj: { [k: string]: Json }, key: string, pointer: string, required: boolean): string | null {
  const v = obj[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v === undefined || v === null) {
    if (required) src.findings.push(src.finding('error', `${pointer}/${key}`, 'json-missing-field', `Unexpected ${describe(v)} for "${key}", expected a string`));
    return null;
  }
  src.findings.push(src.finding('warning', `${pointer}/${key}`, 'json-field-type', `Unexpected ${describe(v)} for "${key}", expected a string`));
  return null;
}

/**
 * Metadata without empty values: an adapter reports what the file says, and a missing value must
 * not read as "the file says null" over a value the manifest holds.
 */
export function compact(meta: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}
