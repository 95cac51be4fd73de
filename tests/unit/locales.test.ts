/**
 * The UI catalogues: every key in all six languages, exactly the plural forms each language needs
 * (from Intl.PluralRules: Arabic six, Russian four, French and Spanish three, English two,
 * Chinese one), the same placeholders as English, and i18next picking the right form.
 */
import i18next from 'i18next';
import { UN_LANGUAGES, type UnLanguage } from '../../corpus/vocab/labels.js';
import { CRIMES } from '../../corpus/vocab/crimes.js';
import { KINDS } from '../../corpus/vocab/kinds.js';
import { TREATIES, articleCodes } from '../../corpus/vocab/treaties.js';
import { COUNTRY_CODES } from '../../corpus/vocab/countries.js';
import { localeBundle, uiCatalogue, type Catalogue } from '../../web/locale-bundle.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(c: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(c)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Plain keys, and plural bases with the categories present. */
function shape(lang: UnLanguage): { plain: Set<string>; plurals: Map<string, Set<string>>; values: Map<string, string> } {
  const values = flatten(uiCatalogue(lang));
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of values.keys()) {
    const m = PLURAL.exec(key);
    if (!m) plain.add(key);
    else {
      const base = key.slice(0, -m[0].length);
      plurals.set(base, (plurals.get(base) ?? new Set()).add(m[1]));
    }
  }
  return { plain, plurals, values };
}

const placeholders = (s: string) => new Set([...s.matchAll(/\{\{\s*([a-z_]+)[^}]*\}\}/gi)].map((m) => m[1]));
const sorted = (s: Iterable<string>) => [...s].sort();

const EN = shape('en');

describe('UI catalogues', () => {
  it('exist for exactly the six UN languages and the English one is substantial', () => {
    expect([...UN_LANGUAGES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(EN.plain.size).toBeGreaterThan(120);
    expect(EN.plurals.size).toBeGreaterThanOrEqual(10);
    expect(EN.plurals.get('search.count')).toEqual(new Set(['one', 'other']));
  });

  it.each(UN_LANGUAGES.filter((l) => l !== 'en'))('%s has every key English has, and no other', (lang) => {
    const s = shape(lang);
    expect(sorted(s.plain)).toEqual(sorted(EN.plain));
    expect(sorted(s.plurals.keys())).toEqual(sorted(EN.plurals.keys()));
  });

  it.each(UN_LANGUAGES)('%s has exactly the plural categories of Intl.PluralRules for every plural key', (lang) => {
    const needed = sorted(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
    const s = shape(lang);
    for (const [base, cats] of s.plurals) expect({ base, cats: sorted(cats) }).toEqual({ base, cats: needed });
  });

  it('needs six forms in Arabic, four in Russian, one in Chinese (as the CLDR rules say)', () => {
    expect(shape('ar').plurals.get('search.count')?.size).toBe(6);
    expect(shape('ru').plurals.get('search.count')?.size).toBe(4);
    expect(sorted(shape('zh').plurals.get('search.count') ?? [])).toEqual(['other']);
  });

  it.each(UN_LANGUAGES)('%s: no empty string, same placeholders as English', (lang) => {
    const s = shape(lang);
    for (const [key, value] of s.values) {
      expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
      const m = PLURAL.exec(key);
      if (!m) {
        expect({ key, vars: sorted(placeholders(value)) }).toEqual({ key, vars: sorted(placeholders(EN.values.get(key) ?? '')) });
        continue;
      }
      // Plural forms may leave the number out ("وثيقة واحدة", "وثيقتان"), but `other` always shows it.
      const base = key.slice(0, -m[0].length);
      const enVars = placeholders(EN.values.get(`${base}_other`) ?? '');
      for (const v of placeholders(value)) expect({ key, v, known: enVars.has(v) }).toEqual({ key, v, known: true });
      if (m[1] === 'other') expect({ key, vars: sorted(placeholders(value)) }).toEqual({ key, vars: sorted(enVars) });
    }
  });
});

describe('i18next with the real catalogues picks the right plural form', () => {
  const cases: [UnLanguage, number, string][] = [
    ['en', 1, '1 result'], ['en', 3, '3 results'],
    ['fr', 0, '0 résultat'], ['fr', 2, '2 résultats'], ['fr', 1000000, '1 000 000 de résultats'],
    ['es', 1, '1 resultado'], ['es', 1000000, '1.000.000 de resultados'],
    ['ru', 1, '1 результат'], ['ru', 3, '3 результата'], ['ru', 5, '5 результатов'], ['ru', 21, '21 результат'], ['ru', 11, '11 результатов'],
    ['ar', 0, 'لا توجد نتائج'], ['ar', 1, 'نتيجة واحدة'], ['ar', 2, 'نتيجتان'], ['ar', 3, '{n} نتائج'], ['ar', 11, '{n} نتيجة'], ['ar', 100, '{n} نتيجة'],
    ['zh', 1, '1 条结果'], ['zh', 25, '25 条结果'],
  ];
  it.each(cases)('%s, count %d → %s', async (lang, count, expected) => {
    const inst = i18next.createInstance();
    await inst.init({ lng: lang, resources: { [lang]: localeBundle(lang) }, ns: ['translation', 'vocab'], defaultNS: 'translation', interpolation: { escapeValue: false } });
    // Digits as Intl writes them for the language (Arabic-Indic or Latin, depending on the ICU data);
    // Intl uses narrow no-break spaces as group separators in French: compare with plain spaces.
    const want = expected.replace('{n}', new Intl.NumberFormat(lang).format(count));
    expect(inst.t('search.count', { count }).replace(/[\u202f\u00a0]/g, ' ')).toBe(want.replace(/[\u202f\u00a0]/g, ' '));
  });
});

describe('vocabulary labels in the browser bundle (generated from corpus/vocab, never copied)', () => {
  it.each(UN_LANGUAGES)('%s has a label for every crime category, kind, treaty, article and country', (lang) => {
    const { vocab } = localeBundle(lang);
    expect(Object.keys(vocab.crime)).toEqual(CRIMES.map((c) => c.slug));
    expect(Object.keys(vocab.kind)).toEqual(KINDS.map((k) => k.code));
    expect(Object.keys(vocab.treaty)).toEqual(TREATIES.map((t) => t.code));
    expect(Object.keys(vocab.article)).toEqual(articleCodes());
    expect(Object.keys(vocab.country)).toEqual([...COUNTRY_CODES]);
    for (const group of [vocab.crime, vocab.kind, vocab.treaty, vocab.treatyShort, vocab.article, vocab.country]) {
      for (const [code, label] of Object.entries(group)) expect({ code, ok: typeof label === 'string' && label.length > 0 }).toEqual({ code, ok: true });
    }
  });

  it('labels real entries in each language', () => {
    expect(localeBundle('zh').vocab.crime['money-laundering']).toBe('洗钱');
    expect(localeBundle('ar').vocab.crime['money-laundering']).toBe('غسل الأموال');
    expect(localeBundle('en').vocab.kind.module).toBe('Teaching modules');
    expect(localeBundle('fr').vocab.country.URY).toBe('Uruguay');
    expect(localeBundle('ru').vocab.country.CHN).toMatch(/Китай/);
  });
});
