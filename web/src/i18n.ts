/**
 * UI strings (i18next) and vocabulary labels. The build merges `locales/<lang>.json` (namespace
 * `translation`) with labels generated from corpus/vocab (namespace `vocab`) into one file per
 * language; the shell preloads it (`<link id="i18n-data">`).
 */
import i18next, { type TOptions } from 'i18next';

export const UI_LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export const RTL_LANGS: readonly UiLang[] = ['ar'];

export function isUiLang(x: string): x is UiLang {
  return (UI_LANGS as readonly string[]).includes(x);
}

/** Names of the languages in themselves, for the language switch. */
export const ENDONYMS: Record<UiLang, string> = { ar: 'العربية', en: 'English', es: 'Español', fr: 'Français', ru: 'Русский', zh: '中文' };

let current: UiLang = 'en';

export async function initI18n(lang: UiLang): Promise<void> {
  current = lang;
  const href = document.getElementById('i18n-data')?.getAttribute('href') ?? `/locales/${lang}.json`;
  const res = await fetch(href);
  if (!res.ok) throw new Error(`UI strings ${href}: HTTP ${res.status}`);
  const data = (await res.json()) as { translation: object; vocab: object };
  await i18next.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: data },
    ns: ['translation', 'vocab'],
    defaultNS: 'translation',
    // Output only ever goes into text nodes, never through the HTML parser.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
}

export function t(key: string, opts?: TOptions): string {
  return i18next.t(key, opts) as string;
}

export function lang(): UiLang {
  return current;
}

const num = new Map<string, Intl.NumberFormat>();
export function fmtNumber(n: number): string {
  let f = num.get(current);
  if (!f) num.set(current, (f = new Intl.NumberFormat(current)));
  return f.format(n);
}

/** `2024`, `2024-05`, `2024-05-17` in the UI language. */
export function fmtDate(d: string | null | undefined): string {
  if (!d) return '';
  const [y, m, day] = d.split('-').map(Number);
  if (!m) return new Intl.DateTimeFormat(current, { year: 'numeric' }).format(new Date(Date.UTC(y, 0, 1)));
  const opts: Intl.DateTimeFormatOptions = day ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(current, opts).format(new Date(Date.UTC(y, m - 1, day || 1)));
}

function vocab(group: string, code: string): string {
  return t(`vocab:${group}.${code}`, { defaultValue: code });
}

export const crimeLabel = (slug: string) => vocab('crime', slug);
export const kindLabel = (code: string) => vocab('kind', code);
export const languageLabel = (code: string) => vocab('language', code);
export const countryLabel = (code: string) => vocab('country', code);
export const treatyLabel = (code: string) => vocab('treaty', code);
export const treatyShort = (code: string) => t(`vocab:treatyShort.${code}`, { defaultValue: code });

/** `UNTOC-5` → "UNTOC art. 5 — Criminalization of …" (label from the vocabulary). */
export function articleLabel(code: string): string {
  const p = parseArticle(code);
  const title = t(`vocab:article.${code}`, { defaultValue: '' });
  const short = p ? t('article.short', { treaty: treatyShort(p.treaty), n: fmtNumber(p.n) }) : code;
  return title ? `${short} — ${title}` : short;
}

export function articleShort(code: string): string {
  const p = parseArticle(code);
  return p ? t('article.short', { treaty: treatyShort(p.treaty), n: fmtNumber(p.n) }) : code;
}

/** `COE-TIP-2005-4` → `{ treaty: 'COE-TIP-2005', n: 4 }`. */
export function parseArticle(code: string): { treaty: string; n: number } | null {
  const m = /^(.+)-(\d+)$/.exec(code);
  return m ? { treaty: m[1], n: Number(m[2]) } : null;
}

/** Codes of a vocabulary group in the vocabulary's order (crimes in SHERLOC order, kinds, ...). */
export function vocabCodes(group: string): string[] {
  const g = i18next.getResource(current, 'vocab', group) as Record<string, string> | undefined;
  return g ? Object.keys(g) : [];
}

/** A crime category's name in a document's language (for highlighting), when it is a UN language. */
export function crimeNameIn(slug: string, docLang: string): string | null {
  const v = i18next.getResource(current, 'vocab', `crimeNames.${slug}.${docLang}`) as string | undefined;
  return v ?? null;
}
