/**
 * Rules that map what a provision does to the convention article that requires it
 * (laundering criminalised → UNTOC-6), and the words that show what a provision does:
 * penalties, treaty criminalisation clauses, definitions. Used by ingest/tag/articles.ts.
 */
import type { CrimeSlug } from '../vocab/crimes.js';
import type { Terms } from './crimes/types.js';

/** Criminal sanctions: a provision with one of these (and an offence) criminalises conduct. */
export const PENALTY_TERMS: Terms = {
  zh: ['有期徒刑', '拘役', '无期徒刑', '死刑', '罚金'],
  en: ['imprisonment', 'imprisoned', 'fine of', 'fined', 'guilty of an offence', 'guilty of an indictable offence', 'commits an offence', 'shall be punished', 'summary conviction', 'term of imprisonment', 'guilty of a felony', 'guilty of a misdemeanor'],
  fr: ['emprisonnement', 'réclusion', 'amende', 'est punissable de', 'sont punissables de', 'sera passible', 'seront passibles', 'est passible de', 'sont passibles de', 'coupable d\'un acte criminel', 'coupable d\'une infraction', 'commet une infraction', 'est puni', 'est punie', 'sont punis', 'sont punies', 'sera puni', 'seront punis', 'punis d\'un', 'puni d\'un', 'punie d\'un', 'peine* d\'emprisonnement'],
  es: ['prisión', 'reclusión', 'pena de', 'penas de', 'comete el delito', 'cometen el delito', 'incurre en el delito', 'comete delito', 'será reprimido', 'serán reprimidos', 'será castigado', 'serán castigados', 'será sancionado', 'serán sancionados', 'se impondrá', 'se le impondrá', 'se impondrán', 'multa de', 'penitenciaría', 'días multa'],
  ar: ['يعاقب', 'بالسجن', 'السجن مدة', 'بغرامة', 'غرامة لا تزيد', 'عقوبة السجن', 'يعد مرتكبا', 'يعد مرتكبا جريمة'],
  ru: ['наказывается', 'наказываются', 'лишением свободы', 'лишения свободы', 'штрафом', 'принудительными работами'],
  de: ['freiheitsstrafe', 'geldstrafe', 'wird bestraft', 'werden bestraft'],
  pt: ['reclusão', 'detenção', 'multa', 'comete o crime', 'comete crime'],
  nl: ['gevangenisstraf', 'geldboete', 'wordt gestraft', 'worden gestraft', 'hechtenis'],
};

/** Prohibitions: a provision prohibiting conduct concerning a category addresses it. */
export const PROHIBITION_TERMS: Terms = {
  zh: ['禁止'],
  en: ['no person shall', 'is prohibited', 'are prohibited', 'shall not', 'prohibited from'],
  fr: ['il est interdit', 'est interdit', 'sont interdits', 'interdit de', 'nul ne peut', 'est prohibé', 'sont prohibés'],
  es: ['se prohíbe', 'prohíbese', 'queda prohibid*', 'está prohibid*', 'están prohibid*', 'queda vedad*'],
  ar: ['يحظر', 'يُحظر', 'لا يجوز', 'يمنع'],
  ru: ['запрещается', 'запрещено', 'не допускается'],
  de: ['verboten', 'ist es verboten', 'darf nicht', 'dürfen nicht', 'ist untersagt', 'sind untersagt'],
  pt: ['é proibido', 'é proibida', 'são proibidos', 'fica proibid*', 'é vedado', 'é vedada', 'fica vedad*'],
  nl: ['het is verboden', 'is verboden', 'zijn verboden'],
};

/**
 * Conditions of an aggravated penalty ("when committed by an organized group", "empleando armas
 * de fuego"): a category named after one of these is a circumstance, not the offence.
 */
export const CONDITION_TERMS: Terms = {
  zh: ['如果', '情节严重', '使用', '持'],
  en: ['when', 'where', 'if', 'while', 'by means of', 'with the use of', 'armed with', 'in association with'],
  fr: ['lorsque', 'lorsqu\'ils', 'lorsqu\'elle', 'lorsqu\'elles', 'lorsqu\'il', 'lorsqu\'une', 'lorsqu\'un', 's\'il', 's\'ils', 'si le', 'si la', 'si les', 'quand', 'avec usage', 'sous la menace', 'au moyen', 'à l\'aide'],
  es: ['cuando', 'si el', 'si la', 'si los', 'si las', 'si se', 'si fuere', 'empleando', 'utilizando', 'con empleo', 'con uso', 'mediante el uso', 'portando', 'a mano armada'],
  ar: ['إذا', 'اذا', 'باستخدام', 'متى'],
  ru: ['если', 'с применением', 'с использованием'],
  de: ['wenn', 'unter verwendung', 'bei sich führt', 'verwendet'],
  pt: ['se a', 'se o', 'se os', 'se as', 'se houver', 'quando', 'com emprego', 'emprego de', 'mediante'],
  nl: ['indien', 'wanneer', 'met gebruik'],
};

/** Division headings over penal provisions ("Offences and punishment", "التجريم"): what they hold criminalises. */
export const PENAL_DIVISION_TERMS: Terms = {
  zh: ['刑事责任'],
  en: ['offences', 'offences and punishment', 'offences and penalties', 'criminal offences', 'criminalization', 'criminalisation', 'penal provisions'],
  fr: ['infractions', 'dispositions pénales', 'sanctions pénales', 'incrimination*', 'des crimes et délits', 'infractions et peines'],
  es: ['delitos', 'de los delitos', 'penalización', 'disposiciones penales', 'tipificación'],
  ar: ['التجريم', 'الجرائم والعقوبات', 'العقوبات'],
  ru: ['уголовн* ответственност*', 'преступлени* против'],
  de: ['strafvorschriften', 'straftaten', 'strafbestimmungen'],
  pt: ['dos crimes', 'disposições penais', 'crimes e penas'],
  nl: ['strafbepalingen', 'strafbaarstelling', 'misdrijven'],
};

/** Treaty clauses obliging States to criminalise ("establish as criminal offences"). */
export const CRIMINALISATION_TERMS: Terms = {
  zh: ['规定为刑事犯罪', '确立为刑事犯罪', '定为刑事犯罪'],
  en: ['establish as criminal offences', 'establish as a criminal offence', 'establish as criminal offenses', 'establish as a criminal offense', 'criminal offences under its domestic law', 'to criminalize', 'to criminalise'],
  fr: ['conférer le caractère d\'infraction pénale', 'infractions pénales conformément à son droit interne', 'ériger en infraction pénale', 'incriminer'],
  es: ['tipificar como delito', 'tipificar como delitos', 'tipificar, con arreglo a su derecho interno', 'penalizar', 'como delito en su derecho interno'],
  ar: ['لتجريم', 'تجريم', 'جرائم جنائية'],
  ru: ['признания в качестве уголовно наказуем*', 'признать уголовно наказуем*', 'в качестве уголовных преступлений'],
  de: ['als straftat zu umschreiben', 'als straftaten zu umschreiben', 'unter strafe zu stellen'],
  pt: ['tipificar como infração penal', 'tipificar como crime', 'criminalizar'],
  nl: ['strafbaar te stellen', 'als strafbaar feit', 'als strafbare feiten', 'strafbaarstelling'],
};

/** Definition wording next to a defined term ("trafficking in persons" shall mean ...). */
export const DEFINITION_MARKERS: Terms = {
  zh: ['是指', '系指', '本法所称'],
  en: ['shall mean', 'means', 'is defined as'],
  fr: ['s\'entend', 'on entend', 'désigne', 'au sens de la présente'],
  es: ['se entenderá', 'se entiende', 'entiéndase', 'a los efectos de la presente', 'a los fines de la presente'],
  ar: ['يقصد', 'يُقصد', 'المعاني المبينة'],
  ru: ['понимается', 'понимаются', 'означает'],
  de: ['im sinne dieses gesetzes', 'bezeichnet'],
  pt: ['entende-se', 'para os fins desta'],
  nl: ['wordt verstaan', 'wordt hieronder verstaan', 'betekent'],
};

/** Headings of definition articles. */
export const DEFINITION_HEADINGS: Terms = {
  zh: ['用语', '定义', '术语'],
  en: ['definitions', 'definition', 'use of terms', 'interpretation'],
  fr: ['définitions', 'définition', 'terminologie'],
  es: ['definiciones', 'definición', 'terminología'],
  ar: ['التعريفات', 'تعريفات', 'المصطلحات'],
  ru: ['термины', 'определения', 'основные понятия'],
  de: ['begriffsbestimmung*', 'definitionen'],
  pt: ['definições', 'conceitos'],
  nl: ['begripsomschrijving*', 'definities', 'terminologie', 'gebruik van termen', 'omschrijvingen'],
};

/** Bribery (UNTOC art. 8, UNCAC art. 15/16), as distinct from embezzlement or abuse of functions. */
export const BRIBERY_TERMS: Terms = {
  zh: ['受贿', '行贿', '贿赂', '索贿'],
  en: ['brib*', 'corruption', 'kickback*', 'secret commission*', 'corrupt practices'],
  fr: ['corruption', 'pot-de-vin', 'pots-de-vin', 'offres, promesses, dons', 'offres, des promesses, des dons', 'corrompre'],
  es: ['cohecho*', 'soborn*', 'dádiva*', 'corrupción', 'coima*'],
  ar: ['الرشوة', 'رشوة', 'الرشاوى', 'الراشي', 'المرتشي'],
  ru: ['взятк*', 'подкуп*', 'взяточничеств*'],
  de: ['bestechung', 'bestechlichkeit', '*bestechung', '*bestechlichkeit', 'vorteilsannahme', 'vorteilsgewährung'],
  pt: ['corrupção passiva', 'corrupção ativa', 'suborn*', 'propina*', 'corrupção'],
  nl: ['omkoping', 'omkopen', 'omkoopt', 'steekpenning*'],
};

/** Foreign public officials (UNCAC art. 16): bribery of them maps to UNCAC-16, not UNTOC-8/UNCAC-15. */
export const FOREIGN_OFFICIAL_TERMS: Terms = {
  zh: ['外国公职人员', '国际公共组织官员'],
  en: ['foreign public official*', 'official* of a public international organization', 'foreign official*'],
  fr: ['agent* public* étranger*', 'fonctionnaire* public* étranger*', 'agents publics étrangers', 'organisation internationale publique'],
  es: ['funcionario* público* extranjero*', 'servidor* público* extranjero*', 'organización pública internacional', 'cohecho transnacional', 'soborno transnacional'],
  ar: ['الموظف العمومي الأجنبي', 'موظفي القطاع العام الأجانب', 'مؤسسة دولية عمومية'],
  ru: ['иностранн* должностн* лиц*', 'должностн* лиц* публичн* международн* организаци*'],
  de: ['ausländisch* amtsträger*', 'ausländische und internationale bedienstete', 'bedienstete* einer internationalen organisation'],
  pt: ['funcionário* público* estrangeiro*', 'transação comercial internacional'],
  nl: ['buitenlands* ambtena*', 'ambtenaar van een volkenrechtelijke organisatie'],
};

/** Interference with witnesses, experts, justice officials (UNTOC art. 23), not perjury alone. */
export const WITNESS_INTERFERENCE_TERMS: Terms = {
  zh: ['阻止证人作证', '指使他人作伪证', '妨害作证', '打击报复证人', '威胁', '贿买'],
  en: ['witness*', 'juror*', 'justice system participant*', 'obstruct* justice', 'pervert* the course of justice', 'testimony'],
  fr: ['témoin*', 'subornation*', 'juré*', 'participant du système judiciaire', 'entrave*'],
  es: ['testigo*', 'perito*', 'obstrucción de la justicia', 'obstrucción a la justicia', 'testimonio'],
  ar: ['الشاهد', 'الشهود', 'المبلغ', 'الخبير', 'المشمول بالحماية', 'شهادة', 'العدالة'],
  ru: ['свидетел*', 'потерпевш*', 'эксперт*', 'показани*', 'правосуди*'],
  de: ['zeuge*', 'zeugin*', 'falschaussage*', 'sachverständig*'],
  pt: ['testemunha*', 'perito*', 'processo judicial', 'autoridade, parte'],
  nl: ['getuige*', 'deskundige*', 'verklaring*'],
};

/** Concealing or disguising the origin of property: what makes laundering laundering (UNTOC art. 6(1)). */
export const CONCEALMENT_TERMS: Terms = {
  zh: ['掩饰', '隐瞒'],
  en: ['conceal*', 'disguis*', 'appearance of legitimacy', 'appearance of a legitimate origin'],
  fr: ['dissimul*', 'déguis*', 'apparence d\'une origine licite', 'justification mensongère'],
  es: ['ocult*', 'encubr*', 'disimul*', 'apariencia de un origen lícito', 'apariencia de licitud', 'apariencia de origen lícito'],
  ar: ['إخفاء', 'تمويه', 'إخفائه*', 'تمويهه*'],
  ru: ['сокрыти*', 'скры*', 'придани* правомерн* вид*'],
  de: ['verbirgt', 'verbergen', 'verschleier*'],
  pt: ['ocult*', 'dissimul*', 'aparência de licitude'],
  nl: ['verberg*', 'verbergt', 'verhul*'],
};

/** Force, threats, intimidation or bribes: the means UNTOC art. 23 names for interfering with witnesses and officials. */
export const COERCION_TERMS: Terms = {
  zh: ['暴力', '威胁', '贿买', '打击报复'],
  en: ['force', 'threat*', 'intimidat*', 'brib*', 'promise', 'offering', 'undue advantage', 'retaliat*'],
  fr: ['violence*', 'menace*', 'intimidation*', 'voies de fait', 'promesse*', 'dons', 'présents', 'subornation*', 'représailles'],
  es: ['fuerza', 'amenaza*', 'intimidación', 'intimidare', 'soborn*', 'promesa', 'ofrecimiento', 'dádiva*', 'violencia', 'coacción'],
  ar: ['تهديد', 'هدد', 'ابتز*', 'عطية', 'إكراه', 'العنف', 'القوة', 'رشوة'],
  ru: ['угроз*', 'насили*', 'подкуп*', 'принуждени*', 'шантаж*'],
  de: ['gewalt', 'drohung*', 'droht', 'nötigt', 'nötigung', 'vorteil*', 'einschüchter*'],
  pt: ['violência', 'ameaça*', 'coação', 'suborno', 'vantagem'],
  nl: ['geweld', 'bedreiging*', 'dwang', 'gift*', 'belofte*', 'intimidatie'],
};

export type ArticleCondition =
  /** The provision addresses the category and carries a penalty or treaty criminalisation clause. */
  | 'criminalised'
  /** The provision defines the category's offence (a strong term next to a definition marker). */
  | 'defined';

/** Term lists an article rule can require or exclude, by name. */
export const ARTICLE_CONDITION_TERMS = {
  concealment: CONCEALMENT_TERMS,
  coercion: COERCION_TERMS,
  bribery: BRIBERY_TERMS,
  foreign: FOREIGN_OFFICIAL_TERMS,
  witness: WITNESS_INTERFERENCE_TERMS,
} as const;
export type ArticleConditionTerms = keyof typeof ARTICLE_CONDITION_TERMS;

export interface ArticleRule {
  code: string;
  crime: CrimeSlug;
  when: ArticleCondition;
  /** The provision (heading, division headings or text) must also contain one term of each of these. */
  requires?: readonly ArticleConditionTerms[];
  /** ... in its heading or a division heading (the provision is about it, not only mentioning it). */
  requiresInHeading?: boolean;
  /** ... and none of these. */
  unless?: ArticleConditionTerms;
}

/** What a national provision does → the article that requires it. */
export const ARTICLE_RULES: readonly ArticleRule[] = [
  { code: 'UNTOC-5', crime: 'participation-in-organized-criminal-group', when: 'criminalised' },
  { code: 'UNTOC-6', crime: 'money-laundering', when: 'criminalised', requires: ['concealment'] },
  { code: 'UNTOC-6', crime: 'money-laundering', when: 'defined', requires: ['concealment'] },
  { code: 'UNTOC-8', crime: 'corruption', when: 'criminalised', requires: ['bribery'], unless: 'foreign' },
  { code: 'UNCAC-15', crime: 'corruption', when: 'criminalised', requires: ['bribery'], unless: 'foreign' },
  { code: 'UNCAC-16', crime: 'corruption', when: 'criminalised', requires: ['foreign'], requiresInHeading: true },
  { code: 'UNTOC-23', crime: 'obstruction-of-justice', when: 'criminalised', requires: ['witness', 'coercion'] },
  { code: 'TIP-3', crime: 'trafficking-in-persons', when: 'defined' },
  { code: 'TIP-5', crime: 'trafficking-in-persons', when: 'criminalised' },
  { code: 'SOM-6', crime: 'smuggling-of-migrants', when: 'criminalised' },
  { code: 'FP-5', crime: 'firearms-trafficking', when: 'criminalised' },
];

/** Categories whose definition article a treaty text is tagged with (TIP art. 3, SOM art. 3, COE-TIP art. 4). */
export const DEFINED_IN_TREATY: readonly CrimeSlug[] = ['trafficking-in-persons', 'smuggling-of-migrants'];

/**
 * Other names of treaties, for recognising citations ("article 5 of the Palermo Convention").
 * The official names and short names come from the treaty vocabulary; these add common ones.
 */
export const TREATY_ALIASES: Record<string, readonly string[]> = {
  UNTOC: ['palermo convention', 'convention de palerme', 'convención de palermo', 'convenção de palermo', 'palermo-verdrag', 'untoc', 'convention against transnational organized crime', 'convención contra la delincuencia organizada transnacional', 'convention contre la criminalité transnationale organisée', '打击跨国有组织犯罪公约', 'конвенции против транснациональной организованной преступности', 'اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة'],
  TIP: ['trafficking in persons protocol', 'protocolo contra la trata', 'protocolo para prevenir, reprimir y sancionar la trata', 'protocole relatif à la traite', 'protocol to prevent, suppress and punish trafficking', '预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书', 'بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص'],
  SOM: ['smuggling of migrants protocol', 'protocol against the smuggling of migrants', 'protocolo contra el tráfico ilícito de migrantes', 'protocole contre le trafic illicite de migrants', '关于打击陆、海、空偷运移民的补充议定书', 'بروتوكول مكافحة تهريب المهاجرين'],
  FP: ['firearms protocol', 'protocol against the illicit manufacturing of and trafficking in firearms', 'protocolo contra la fabricación y el tráfico ilícitos de armas de fuego', 'protocole contre la fabrication et le trafic illicites d\'armes à feu', '枪支议定书'],
  UNCAC: ['uncac', 'merida convention', 'mérida convention', 'convention against corruption', 'convención contra la corrupción', 'convention contre la corruption', 'convenção contra a corrupção', '反腐败公约', 'конвенции против коррупции', 'اتفاقية الأمم المتحدة لمكافحة الفساد'],
  BUDAPEST: ['budapest convention', 'convention on cybercrime', 'convention sur la cybercriminalité', 'convenio sobre la ciberdelincuencia', 'convenio de budapest'],
  DRUGS1988: ['1988 convention', 'vienna convention of 1988', 'convention against illicit traffic in narcotic drugs', 'convención contra el tráfico ilícito de estupefacientes'],
};
