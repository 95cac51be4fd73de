/** Password hashing (scrypt, stored parameters) and the password policy. */
import { readFileSync } from 'node:fs';
import {
  DEFAULT_SCRYPT, MIN_PASSWORD_LENGTH, commonPasswords, hashPassword, needsRehash, parseHash, passwordProblems, verifyPassword,
} from '../../server/auth/password.js';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('hashPassword / verifyPassword', () => {
  it('stores the algorithm, its parameters, a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword('violet harbour kettle drum', FAST);
    const parts = stored.split('$');
    expect(parts.slice(0, 4)).toEqual(['scrypt', '1024', '8', '1']);
    const parsed = parseHash(stored);
    expect(parsed?.salt).toHaveLength(16);
    expect(parsed?.key).toHaveLength(32);
    expect(stored).not.toContain('violet');
  });

  it('uses a fresh salt per hash, so equal passwords hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword('violet harbour kettle drum', FAST), hashPassword('violet harbour kettle drum', FAST)]);
    expect(a).not.toBe(b);
    expect(parseHash(a)?.salt.equals(parseHash(b)?.salt ?? Buffer.alloc(0))).toBe(false);
  });

  it('verifies the right password and rejects a wrong one, a near miss and an empty one', async () => {
    const stored = await hashPassword('violet harbour kettle drum', FAST);
    expect(await verifyPassword('violet harbour kettle drum', stored)).toBe(true);
    expect(await verifyPassword('violet harbour kettle drun', stored)).toBe(false);
    expect(await verifyPassword('Violet harbour kettle drum', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('verifies with the parameters stored in the hash, whatever the current default', async () => {
    const stored = await hashPassword('copper lantern in the fog', { N: 2 ** 11, r: 4, p: 2 });
    expect(stored.startsWith('scrypt$2048$4$2$')).toBe(true);
    expect(await verifyPassword('copper lantern in the fog', stored)).toBe(true);
  });

  it('treats canonically equivalent Unicode spellings as the same password (NFKC)', async () => {
    const composed = 'caf\u00e9 au lait sur la table';
    const decomposed = 'cafe\u0301 au lait sur la table';
    const stored = await hashPassword(composed, FAST);
    expect(await verifyPassword(decomposed, stored)).toBe(true);
  });

  it('never verifies against a malformed stored hash', async () => {
    for (const bad of ['', 'plain', 'bcrypt$10$x$y$z$w', 'scrypt$abc$8$1$AAAA$BBBB', 'scrypt$1024$8$1$AAAA']) {
      expect(parseHash(bad)).toBeUndefined();
      expect(await verifyPassword('anything at all here', bad)).toBe(false);
    }
  });

  it('asks for a rehash when the stored cost is below the current parameters', async () => {
    const weak = await hashPassword('copper lantern in the fog', FAST);
    expect(needsRehash(weak, DEFAULT_SCRYPT)).toBe(true);
    expect(needsRehash(weak, FAST)).toBe(false);
    expect(needsRehash('not a hash', FAST)).toBe(true);
  });

  it('uses OWASP-level default parameters (N ≥ 2^15, r = 8)', () => {
    expect(DEFAULT_SCRYPT.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(DEFAULT_SCRYPT.r).toBe(8);
  });
});

describe('passwordProblems', () => {
  it('refuses passwords shorter than 12 characters, counting code points', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(passwordProblems('xk7#pQ2!mZ9')).toEqual(['Unexpected password of 11 characters, expected at least 12']);
    expect(passwordProblems('xk7#pQ2!mZ9w')).toEqual([]);
    // 11 astral characters are 22 UTF-16 units but 11 characters.
    expect(passwordProblems('😀'.repeat(11))[0]).toBe('Unexpected password of 11 characters, expected at least 12');
  });

  it('refuses passwords from the common list, in any case', () => {
    for (const p of ['password1234', 'PASSWORD1234', 'qwertyuiop123', 'iloveyou12345', 'correcthorsebatterystaple', '123456789012']) {
      expect(passwordProblems(p)[0]).toMatch(/^Unexpected common or easily guessed password/);
    }
  });

  it('refuses a common word dressed with digits or symbols, and repetitions', () => {
    for (const p of ['Sunshine2024!!', '!!monkey123456', 'passwordpassword', 'abcabcabcabc', 'aaaaaaaaaaaaaa', 'dragon-dragon-dragon-', 'Пароль2024!!!!']) {
      expect(passwordProblems(p)[0]).toMatch(/^Unexpected common or easily guessed password/);
    }
  });

  it('refuses a password built on the account e-mail address', () => {
    expect(passwordProblems('marguerite.dupont-2025', 'Marguerite.Dupont@justice.example')).toEqual([
      'Unexpected password containing your e-mail address, expected a password unrelated to it',
    ]);
    expect(passwordProblems('violet harbour kettle drum', 'marguerite.dupont@justice.example')).toEqual([]);
  });

  it('accepts long uncommon passphrases', () => {
    for (const p of ['violet harbour kettle drum', 'Tr0mb0ne-Orchard-Sleet', '深夜のラーメン屋で会いましょう']) {
      expect(passwordProblems(p)).toEqual([]);
    }
  });

  it('reads a list of several hundred lower-case common passwords without duplicates', () => {
    const lines = readFileSync(new URL('../../server/auth/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.every((l) => l === l.toLowerCase())).toBe(true);
    expect(commonPasswords().size).toBe(lines.length);
    expect(commonPasswords().has('123456')).toBe(true);
  });
});
