/**
 * Password hashing (scrypt from node:crypto, per-user salt, parameters stored with the hash)
 * and the password policy (minimum length, not a common password).
 *
 * Stored form: `scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>`, so parameters can be raised
 * later without invalidating existing hashes (`needsRehash` tells when to upgrade at next login).
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 B = 32 MiB per hash; about 100–400 ms on a small server. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
export const MIN_PASSWORD_LENGTH = 12;
/** Bounds the hashing work an anonymous caller can ask for. */
export const MAX_PASSWORD_LENGTH = 256;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function scrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCb(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

export function parseHash(stored: string): ParsedHash | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return undefined;
  return { N, r, p, salt: Buffer.from(parts[4], 'base64url'), key: Buffer.from(parts[5], 'base64url') };
}

/** Constant-time comparison with the stored parameters. A malformed stored hash never verifies. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await scrypt(password, parsed.salt, parsed);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

export function needsRehash(stored: string, params: ScryptParams = DEFAULT_SCRYPT): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.N < params.N || parsed.r < params.r || parsed.p < params.p;
}

let common: Set<string> | undefined;

/** The common-password list (data file next to this module), lower-case. */
export function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l !== '' && !l.startsWith('#')),
  );
  return common;
}

/** The smallest unit the string repeats, e.g. `abcabcabc` → `abc`; the string itself when it does not repeat. */
function repeatedUnit(s: string): string {
  for (let len = 1; len <= s.length / 2; len++) {
    if (s.length % len === 0 && s.slice(0, len).repeat(s.length / len) === s) return s.slice(0, len);
  }
  return s;
}

/**
 * Reasons the password is refused (empty when acceptable). `email` lets the policy refuse a
 * password built on the account's own address.
 */
export function passwordProblems(password: string, email?: string): string[] {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return [`Unexpected password of ${length} characters, expected at least ${MIN_PASSWORD_LENGTH}`];
  if (length > MAX_PASSWORD_LENGTH) return [`Unexpected password of ${length} characters, expected at most ${MAX_PASSWORD_LENGTH}`];
  const lower = password.normalize('NFKC').toLowerCase();
  const list = commonPasswords();
  // Common words dressed up with a year or a "!" are what guessing tools try first.
  // Letters only: "Sunshine2024!" → "sunshine", "dragon-dragon-dragon" → "dragondragondragon" → "dragon".
  const letters = lower.replace(/[^\p{L}]+/gu, '');
  const unit = repeatedUnit(lower);
  if (list.has(lower) || list.has(unit) || list.has(letters) || list.has(repeatedUnit(letters)) || [...unit].length <= 3) {
    return ['Unexpected common or easily guessed password, expected a password that is not on lists of common passwords (a few unrelated words work well)'];
  }
  const local = email?.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) {
    return ['Unexpected password containing your e-mail address, expected a password unrelated to it'];
  }
  return [];
}
