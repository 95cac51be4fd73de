/** What counts as a good answer in the soak: a well-formed 200, or a 503 problem with Retry-After. */
export type Kind = 'search' | 'document' | 'health';

export interface Verdict {
  status: 'ok' | 'unavailable' | 'health-not-ready' | 'bad';
  /** The problem's `code` for 503s. */
  code?: string;
  why?: string;
}

interface Expect {
  docId?: string;
  documents: number;
  records: number;
}

const UNAVAILABLE_CODES = new Set(['engine_unavailable', 'index_not_ready']);

type Body = Record<string, unknown>;

function wellFormed200(kind: Kind, body: Body, want: Expect): string | null {
  if (kind === 'search') {
    const hits = body.hits;
    if (typeof body.total !== 'number' || !Array.isArray(hits) || typeof body.facets !== 'object' || typeof body.page !== 'number') return 'a search body {total, page, hits, facets}';
    if (!hits.every((h: Body) => typeof h.id === 'string' && typeof h.kind === 'string' && typeof h.url === 'string')) return 'hits with id, kind and url';
    return null;
  }
  if (kind === 'document') {
    if (body.id !== want.docId || typeof body.title !== 'string' || !Array.isArray(body.provisions)) return `the document ${want.docId} with title and provisions`;
    return null;
  }
  const index = body.index as Body | undefined;
  if (body.ready !== true || index?.documents !== want.documents || index?.records !== want.records) return `ready:true with ${want.documents} documents and ${want.records} records`;
  return null;
}

export function checkAnswer(kind: Kind, status: number, headers: Headers, text: string, want: Expect): Verdict {
  const type = headers.get('content-type') ?? '';
  let body: Body;
  try {
    body = JSON.parse(text) as Body;
  } catch {
    return { status: 'bad', why: `Unexpected ${status} with a body that is not JSON (${type}: ${text.slice(0, 80)}), expected JSON` };
  }
  if (status === 200) {
    if (!type.startsWith('application/json')) return { status: 'bad', why: `Unexpected content type ${type} on 200, expected application/json` };
    const missing = wellFormed200(kind, body, want);
    return missing ? { status: 'bad', why: `Unexpected 200 body ${text.slice(0, 120)}, expected ${missing}` } : { status: 'ok' };
  }
  if (status === 503 && kind === 'health' && type.startsWith('application/json')) {
    // The readiness probe answers 503 with its status document (no problem, no Retry-After).
    return body.live === true && body.ready === false
      ? { status: 'health-not-ready' }
      : { status: 'bad', why: `Unexpected /api/health 503 body ${text.slice(0, 120)}, expected live:true, ready:false` };
  }
  if (status === 503) {
    const retry = headers.get('retry-after');
    if (!type.startsWith('application/problem+json')) return { status: 'bad', why: `Unexpected content type ${type} on 503, expected application/problem+json` };
    if (!retry || !/^\d+$/.test(retry)) return { status: 'bad', why: `Unexpected Retry-After ${JSON.stringify(retry)} on 503, expected a number of seconds` };
    const code = String(body.code);
    if (body.status !== 503 || !UNAVAILABLE_CODES.has(code)) return { status: 'bad', why: `Unexpected 503 problem ${text.slice(0, 160)}, expected code engine_unavailable or index_not_ready` };
    return { status: 'unavailable', code };
  }
  return { status: 'bad', code: String(status), why: `Unexpected status ${status} (${type}: ${text.slice(0, 160)}), expected 200 or 503` };
}
