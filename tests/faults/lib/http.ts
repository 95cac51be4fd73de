/** A signed-in (or anonymous) client of the accounts API: keeps its session cookie and CSRF token. */
export class ApiClient {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async send(method: string, path: string, body?: unknown, timeoutMs = 10_000): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    return { status: res.status, json: parseJson(text), headers: res.headers };
  }

  async expect(status: number, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const res = await this.send(method, path, body);
    if (res.status !== status) throw new Error(`${method} ${path}: Unexpected ${res.status} ${JSON.stringify(res.json).slice(0, 300)}, expected ${status}`);
    return res.json;
  }

  /** The anonymous double-submit CSRF token (cookie + header), needed to register and sign in. */
  async anonymous(): Promise<this> {
    const res = await fetch(`${this.base}/api/auth/csrf`);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    this.cookie = cookieOf(res.headers, 'lexatlas_csrf');
    this.csrf = csrfToken;
    return this;
  }

  async signIn(email: string, password: string): Promise<this> {
    await this.anonymous();
    const res = await this.send('POST', '/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`sign-in of ${email}: Unexpected ${res.status} ${JSON.stringify(res.json)}, expected 200`);
    this.cookie = cookieOf(res.headers, 'lexatlas_sid');
    this.csrf = String(res.json.csrfToken);
    return this;
  }
}

function parseJson(text: string): Record<string, unknown> {
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return { raw: text };
  }
}

function cookieOf(headers: Headers, name: string): string {
  const c = headers.getSetCookie().find((x) => x.startsWith(`${name}=`));
  if (!c) throw new Error(`Unexpected answer without the ${name} cookie, expected Set-Cookie ${name}`);
  return c.split(';')[0];
}
