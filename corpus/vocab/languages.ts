import type { Labels } from './labels.js';

/** Languages of documents (BCP-47 primary subtags) the library knows, with labels in the six UN languages. */
export const LANGUAGES = [
  { code: 'ar', labels: { en: 'Arabic', fr: 'arabe', es: 'árabe', ru: 'арабский', ar: 'العربية', zh: '阿拉伯文' } },
  { code: 'zh', labels: { en: 'Chinese', fr: 'chinois', es: 'chino', ru: 'китайский', ar: 'الصينية', zh: '中文' } },
  { code: 'en', labels: { en: 'English', fr: 'anglais', es: 'inglés', ru: 'английский', ar: 'الإنكليزية', zh: '英文' } },
  { code: 'fr', labels: { en: 'French', fr: 'français', es: 'francés', ru: 'французский', ar: 'الفرنسية', zh: '法文' } },
  { code: 'ru', labels: { en: 'Russian', fr: 'russe', es: 'ruso', ru: 'русский', ar: 'الروسية', zh: '俄文' } },
  { code: 'es', labels: { en: 'Spanish', fr: 'espagnol', es: 'español', ru: 'испанский', ar: 'الإسبانية', zh: '西班牙文' } },
  { code: 'de', labels: { en: 'German', fr: 'allemand', es: 'alemán', ru: 'немецкий', ar: 'الألمانية', zh: '德文' } },
  { code: 'pt', labels: { en: 'Portuguese', fr: 'portugais', es: 'portugués', ru: 'португальский', ar: 'البرتغالية', zh: '葡萄牙文' } },
  { code: 'nl', labels: { en: 'Dutch', fr: 'néerlandais', es: 'neerlandés', ru: 'нидерландский', ar: 'الهولندية', zh: '荷兰文' } },
  { code: 'mul', labels: { en: 'Multiple languages', fr: 'plusieurs langues', es: 'varios idiomas', ru: 'несколько языков', ar: 'لغات متعددة', zh: '多种语言' } },
  { code: 'und', labels: { en: 'Undetermined', fr: 'indéterminée', es: 'indeterminado', ru: 'не определён', ar: 'غير محددة', zh: '未确定' } },
] as const satisfies readonly { code: string; labels: Labels }[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as unknown as readonly [LanguageCode, ...LanguageCode[]];

/** Meilisearch `localizedAttributes` locale (ISO 639-3) for each document language we tokenise specially. */
export const MEILI_LOCALE: Partial<Record<LanguageCode, string>> = {
  ar: 'ara', zh: 'cmn', en: 'eng', fr: 'fra', ru: 'rus', es: 'spa', de: 'deu', pt: 'por', nl: 'nld',
};
