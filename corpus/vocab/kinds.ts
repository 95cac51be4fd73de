import type { Labels } from './labels.js';

/** The six databases of the library. */
export const KINDS = [
  { code: 'legislation', labels: { en: 'Legislation', fr: 'Législation', es: 'Legislación', ru: 'Законодательство', ar: 'التشريعات', zh: '立法' } },
  { code: 'case', labels: { en: 'Case law', fr: 'Jurisprudence', es: 'Jurisprudencia', ru: 'Судебная практика', ar: 'السوابق القضائية', zh: '判例法' } },
  { code: 'strategy', labels: { en: 'Strategies', fr: 'Stratégies', es: 'Estrategias', ru: 'Стратегии', ar: 'الاستراتيجيات', zh: '战略' } },
  { code: 'treaty', labels: { en: 'Treaties', fr: 'Traités', es: 'Tratados', ru: 'Договоры', ar: 'المعاهدات', zh: '条约' } },
  { code: 'bibliography', labels: { en: 'Bibliography', fr: 'Bibliographie', es: 'Bibliografía', ru: 'Библиография', ar: 'المراجع', zh: '参考书目' } },
  { code: 'module', labels: { en: 'Teaching modules', fr: 'Modules d’enseignement', es: 'Módulos de enseñanza', ru: 'Учебные модули', ar: 'الوحدات التعليمية', zh: '教学单元' } },
] as const satisfies readonly { code: string; labels: Labels }[];

export type Kind = (typeof KINDS)[number]['code'];
export const KIND_CODES = KINDS.map((k) => k.code) as unknown as readonly [Kind, ...Kind[]];
