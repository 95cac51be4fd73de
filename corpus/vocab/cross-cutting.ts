/**
 * Cross-cutting issues: procedural and cooperation topics that SHERLOC tags across crime types,
 * each tied to the articles of the Organized Crime Convention, its Protocols and UNCAC that
 * govern it. Labels follow the wording of those articles' official titles.
 */
import type { Labels } from './labels.js';

export const CROSS_CUTTING = [
  {
    code: 'liability-of-legal-persons',
    labels: { en: 'Liability of legal persons', fr: 'Responsabilité des personnes morales', es: 'Responsabilidad de las personas jurídicas', ru: 'Ответственность юридических лиц', zh: '法人责任', ar: 'مسؤولية الهيئات الاعتبارية' },
    articles: ['UNTOC-10', 'UNCAC-26'],
  },
  {
    code: 'statute-of-limitations',
    labels: { en: 'Statute of limitations', fr: 'Prescription', es: 'Prescripción', ru: 'Срок давности', zh: '时效', ar: 'التقادم' },
    articles: ['UNTOC-11', 'UNCAC-29'],
  },
  {
    code: 'prosecution-adjudication-and-sanctions',
    labels: { en: 'Prosecution, adjudication and sanctions', fr: 'Poursuites judiciaires, jugement et sanctions', es: 'Proceso, fallo y sanciones', ru: 'Преследование, вынесение судебного решения и санкции', zh: '起诉、判决和制裁', ar: 'الملاحقة والمقاضاة والجزاءات' },
    articles: ['UNTOC-11', 'UNCAC-30'],
  },
  {
    code: 'confiscation-and-seizure',
    labels: { en: 'Confiscation and seizure', fr: 'Confiscation et saisie', es: 'Decomiso e incautación', ru: 'Конфискация и арест', zh: '没收和扣押', ar: 'المصادرة والضبط' },
    articles: ['UNTOC-12', 'UNTOC-13', 'UNTOC-14', 'FP-6', 'UNCAC-31', 'UNCAC-54', 'UNCAC-55', 'UNCAC-57'],
  },
  {
    code: 'jurisdiction',
    labels: { en: 'Jurisdiction', fr: 'Compétence', es: 'Jurisdicción', ru: 'Юрисдикция', zh: '管辖权', ar: 'الولاية القضائية' },
    articles: ['UNTOC-15', 'UNCAC-42'],
  },
  {
    code: 'extradition',
    labels: { en: 'Extradition', fr: 'Extradition', es: 'Extradición', ru: 'Выдача', zh: '引渡', ar: 'تسليم المجرمين' },
    articles: ['UNTOC-16', 'UNCAC-44'],
  },
  {
    code: 'transfer-of-sentenced-persons',
    labels: { en: 'Transfer of sentenced persons', fr: 'Transfèrement des personnes condamnées', es: 'Traslado de personas condenadas a cumplir una pena', ru: 'Передача осужденных лиц', zh: '被判刑人员的移交', ar: 'نقل الأشخاص المحكوم عليهم' },
    articles: ['UNTOC-17', 'UNCAC-45'],
  },
  {
    code: 'mutual-legal-assistance',
    labels: { en: 'Mutual legal assistance', fr: 'Entraide judiciaire', es: 'Asistencia judicial recíproca', ru: 'Взаимная правовая помощь', zh: '司法协助', ar: 'المساعدة القانونية المتبادلة' },
    articles: ['UNTOC-18', 'UNCAC-46'],
  },
  {
    code: 'joint-investigations',
    labels: { en: 'Joint investigations', fr: 'Enquêtes conjointes', es: 'Investigaciones conjuntas', ru: 'Совместные расследования', zh: '联合调查', ar: 'التحقيقات المشتركة' },
    articles: ['UNTOC-19', 'UNCAC-49'],
  },
  {
    code: 'special-investigative-techniques',
    labels: { en: 'Special investigative techniques', fr: 'Techniques d’enquête spéciales', es: 'Técnicas especiales de investigación', ru: 'Специальные методы расследования', zh: '特殊侦查手段', ar: 'أساليب التحري الخاصة' },
    articles: ['UNTOC-20', 'UNCAC-50'],
  },
  {
    code: 'transfer-of-criminal-proceedings',
    labels: { en: 'Transfer of criminal proceedings', fr: 'Transfert des procédures pénales', es: 'Remisión de actuaciones penales', ru: 'Передача уголовного производства', zh: '刑事诉讼的移交', ar: 'نقل الإجراءات الجنائية' },
    articles: ['UNTOC-21', 'UNCAC-47'],
  },
  {
    code: 'criminal-records',
    labels: { en: 'Criminal records', fr: 'Antécédents judiciaires', es: 'Antecedentes penales', ru: 'Сведения о судимости', zh: '犯罪记录', ar: 'السجل الجنائي' },
    articles: ['UNTOC-22', 'UNCAC-41'],
  },
  {
    code: 'protection-of-witnesses',
    labels: { en: 'Protection of witnesses', fr: 'Protection des témoins', es: 'Protección de los testigos', ru: 'Защита свидетелей', zh: '保护证人', ar: 'حماية الشهود' },
    articles: ['UNTOC-24', 'UNCAC-32', 'UNCAC-33'],
  },
  {
    code: 'assistance-to-and-protection-of-victims',
    labels: { en: 'Assistance to and protection of victims', fr: 'Assistance et protection accordées aux victimes', es: 'Asistencia y protección a las víctimas', ru: 'Помощь потерпевшим и их защита', zh: '帮助和保护被害人', ar: 'مساعدة الضحايا وتوفير الحماية لهم' },
    articles: ['UNTOC-25', 'TIP-6', 'TIP-7', 'TIP-8', 'SOM-16', 'UNCAC-32', 'UNCAC-35'],
  },
  {
    code: 'cooperation-with-law-enforcement',
    labels: { en: 'Cooperation with law enforcement authorities', fr: 'Coopération avec les services de détection et de répression', es: 'Cooperación con las autoridades encargadas de hacer cumplir la ley', ru: 'Сотрудничество с правоохранительными органами', zh: '与执法机关的合作', ar: 'التعاون مع سلطات إنفاذ القانون' },
    articles: ['UNTOC-26', 'UNCAC-37'],
  },
  {
    code: 'law-enforcement-cooperation',
    labels: { en: 'Law enforcement cooperation', fr: 'Coopération entre les services de détection et de répression', es: 'Cooperación en materia de cumplimiento de la ley', ru: 'Сотрудничество между правоохранительными органами', zh: '执法合作', ar: 'التعاون في مجال إنفاذ القانون' },
    articles: ['UNTOC-27', 'SOM-7', 'FP-13', 'UNCAC-48'],
  },
  {
    code: 'information-collection-and-analysis',
    labels: { en: 'Collection, exchange and analysis of information', fr: 'Collecte, échange et analyse d’informations', es: 'Recopilación, intercambio y análisis de información', ru: 'Сбор и анализ информации и обмен ею', zh: '资料的收集、交流和分析', ar: 'جمع المعلومات وتبادلها وتحليلها' },
    articles: ['UNTOC-28', 'TIP-10', 'SOM-10', 'FP-12', 'UNCAC-61'],
  },
  {
    code: 'training-and-technical-assistance',
    labels: { en: 'Training and technical assistance', fr: 'Formation et assistance technique', es: 'Capacitación y asistencia técnica', ru: 'Подготовка кадров и техническая помощь', zh: '培训和技术援助', ar: 'التدريب والمساعدة التقنية' },
    articles: ['UNTOC-29', 'UNTOC-30', 'SOM-14', 'FP-14', 'UNCAC-60', 'UNCAC-62'],
  },
  {
    code: 'prevention',
    labels: { en: 'Prevention', fr: 'Prévention', es: 'Prevención', ru: 'Предупреждение', zh: '预防', ar: 'المنع' },
    articles: ['UNTOC-31', 'TIP-9', 'SOM-15', 'FP-11', 'UNCAC-5', 'UNCAC-6'],
  },
  {
    code: 'border-measures',
    labels: { en: 'Border measures', fr: 'Mesures aux frontières', es: 'Medidas fronterizas', ru: 'Меры пограничного контроля', zh: '边界措施', ar: 'التدابير الحدودية' },
    articles: ['TIP-11', 'SOM-11'],
  },
  {
    code: 'security-and-control-of-documents',
    labels: { en: 'Security and control of documents', fr: 'Sécurité et contrôle des documents', es: 'Seguridad y control de los documentos', ru: 'Надежность и контроль документов', zh: '证件的安全和管制', ar: 'أمن الوثائق ومراقبتها' },
    articles: ['TIP-12', 'TIP-13', 'SOM-12', 'SOM-13'],
  },
] as const satisfies readonly { code: string; labels: Labels; articles: readonly string[] }[];

export type CrossCuttingCode = (typeof CROSS_CUTTING)[number]['code'];
export const CROSS_CUTTING_CODES = CROSS_CUTTING.map((c) => c.code) as unknown as readonly [CrossCuttingCode, ...CrossCuttingCode[]];

const BY_ARTICLE = new Map<string, CrossCuttingCode[]>();
for (const issue of CROSS_CUTTING) {
  for (const article of issue.articles) BY_ARTICLE.set(article, [...(BY_ARTICLE.get(article) ?? []), issue.code]);
}

/** The cross-cutting issues an article code implies (a provision tagged UNTOC-16 concerns extradition). */
export function crossCuttingOfArticle(articleCode: string): readonly CrossCuttingCode[] {
  return BY_ARTICLE.get(articleCode) ?? [];
}
