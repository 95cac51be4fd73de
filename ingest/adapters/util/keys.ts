/**
 * Provision keys: local to a document, derived from the number as the source writes it
 * (`art-5`, `s-462.31`, `para-12`, `art-120-1`), made unique within the document by a
 * `-dup2`, `-dup3` suffix when a source reuses a number (e.g. Canadian "RELATED PROVISIONS").
 */
export type KeyPrefix = 'art' | 's' | 'para' | 'sec' | 'part' | 'ch' | 'rule' | 'annex' | 'preamble' | 'p' | 'note' | 'item';

/** Lower-case, ASCII letters/digits, with `.` kept between digits and `-` elsewhere. */
export function keyPart(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d)\.(?=\d)/g, '$1\uE000')
    .replace(/[^a-z0-9\uE000]+/g, '-')
    .replace(/\uE000/g, '.')
    .replace(/^-+|-+$/g, '');
}

export class KeyAllocator {
  private readonly used = new Map<string, number>();

  /** `allocate('art', '5')` → `art-5`; the second `art-5` → `art-5-dup2`. */
  allocate(prefix: KeyPrefix, number: string | number | null): string {
    const part = number === null ? '' : keyPart(String(number));
    const base = part ? `${prefix}-${part}` : prefix;
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}-dup${n}`;
  }
}
