/**
 * `npm run admin:create`: creates the first (or another) admin account. No default password,
 * ever: it comes from `ADMIN_PASSWORD` or is typed at a prompt (hidden on a terminal, or the
 * next line of piped input), and must pass the password policy.
 */
import { createInterface } from 'node:readline';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from './database.js';
import { hashPassword, passwordProblems, DEFAULT_SCRYPT, type ScryptParams } from './password.js';
import { UserStore, normalizeEmail } from './users.js';
import { AuditLog } from './audit.js';
import { isCountryCode } from '../../corpus/vocab/countries.js';

export const USAGE = `Usage: npm run admin:create -- [--email <address>] [--name <name>] [--institution <name>] [--country <ISO3>] [--db <file>]
  The password is read from ADMIN_PASSWORD or asked for. The database defaults to DATA_DIR/lexatlas.sqlite.`;

export interface AdminCreateIo {
  argv: string[];
  /** `ADMIN_PASSWORD`, when set. */
  password?: string;
  /** Default database file (from the configuration). */
  defaultDb: string;
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  output: NodeJS.WritableStream;
  passwordParams?: ScryptParams;
}

/** Reads lines from piped input, or from a terminal with the password hidden. */
class Prompter {
  private lines: AsyncIterator<string> | undefined;
  constructor(private readonly io: AdminCreateIo) {}

  async ask(question: string, hidden = false): Promise<string> {
    this.io.output.write(question);
    if (hidden && this.io.input.isTTY && this.io.input.setRawMode) return this.readHidden();
    this.lines ??= createInterface({ input: this.io.input, terminal: false })[Symbol.asyncIterator]();
    const next = await this.lines.next();
    if (next.done) throw new Error(`No answer to "${question.trim()}" (the input ended)`);
    if (hidden) this.io.output.write('\n');
    return next.value;
  }

  private readHidden(): Promise<string> {
    const input = this.io.input;
    return new Promise((resolve, reject) => {
      let value = '';
      input.setRawMode?.(true);
      input.resume();
      const done = (err?: Error) => {
        input.setRawMode?.(false);
        input.pause();
        input.removeListener('data', onData);
        this.io.output.write('\n');
        if (err) reject(err);
        else resolve(value);
      };
      const onData = (chunk: Buffer | string) => {
        for (const ch of chunk.toString()) {
          if (ch === '\r' || ch === '\n') return done();
          if (ch === '\u0003') return done(new Error('cancelled'));
          if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
          else value += ch;
        }
      };
      input.on('data', onData);
    });
  }
}

/** Returns the process exit code; messages go to `io.output`. */
export async function runAdminCreate(io: AdminCreateIo): Promise<number> {
  try {
    return await create(io);
  } catch (err) {
    io.output.write(`${(err as Error).message}; nothing was created.\n`);
    return 1;
  }
}

async function create(io: AdminCreateIo): Promise<number> {
  const say = (s: string) => io.output.write(`${s}\n`);
  let args;
  try {
    args = parseArgs({
      args: io.argv, strict: true,
      options: { email: { type: 'string' }, name: { type: 'string' }, institution: { type: 'string' }, country: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean' } },
    }).values;
  } catch (err) {
    say(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    say(USAGE);
    return 0;
  }
  const prompt = new Prompter(io);
  const email = normalizeEmail(args.email ?? (await prompt.ask('E-mail of the new admin: ')));
  if (!z.email().safeParse(email).success) {
    say(`Unexpected e-mail address "${email}", expected an address such as name@example.org`);
    return 1;
  }
  const country = (args.country ?? 'INT').toUpperCase();
  if (!isCountryCode(country)) {
    say(`Unexpected country "${country}", expected an ISO 3166-1 alpha-3 code or INT`);
    return 1;
  }
  let password = io.password;
  if (password === undefined) {
    password = await prompt.ask('Password (not shown): ', true);
    if (io.input.isTTY && (await prompt.ask('Repeat the password: ', true)) !== password) {
      say('The two passwords differ; nothing was created.');
      return 1;
    }
  }
  const problems = passwordProblems(password, email);
  if (problems.length) {
    say(`${problems.join('\n')}\nNothing was created.`);
    return 1;
  }
  const file = path.resolve(args.db ?? io.defaultDb);
  const db = openDatabase(file);
  try {
    const users = new UserStore(db, Date.now);
    if (users.exists(email)) {
      say(`An account with the e-mail ${email} already exists in ${file}; nothing was created.`);
      return 1;
    }
    const passwordHash = await hashPassword(password, io.passwordParams ?? DEFAULT_SCRYPT);
    const user = users.create({
      email, name: args.name ?? 'Administrator', institution: args.institution ?? 'Lexatlas', country,
      reason: 'created with npm run admin:create', passwordHash, status: 'approved', role: 'admin',
    });
    if (!user) throw new Error(`could not create ${email}`);
    new AuditLog(db, Date.now).record({ actorId: null, actorEmail: null, action: 'admin.create', targetType: 'user', targetId: user.id, detail: { email, via: 'cli' } });
    say(`Created admin ${email} in ${file}.`);
    return 0;
  } finally {
    db.close();
  }
}
