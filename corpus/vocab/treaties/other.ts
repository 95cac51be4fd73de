/** Further instruments of the corpus: wildlife trade, piracy, slavery, terrorist financing. */
import type { Treaty } from '../treaties-types.js';
import { fromEnglish, untitled } from './rows.js';

export const CITES: Treaty = {
  code: 'CITES',
  labels: {
    en: 'Convention on International Trade in Endangered Species of Wild Fauna and Flora',
    fr: 'Convention sur le commerce international des espèces de faune et de flore sauvages menacées d’extinction',
    es: 'Convención sobre el Comercio Internacional de Especies Amenazadas de Fauna y Flora Silvestres',
    ru: 'Конвенция о международной торговле видами дикой фауны и флоры, находящимися под угрозой исчезновения',
    zh: '濒危野生动植物种国际贸易公约',
    ar: 'اتفاقية الاتجار الدولي بأنواع الحيوانات والنباتات البرية المهددة بالانقراض',
  },
  // The acronym is used as the short name in every language.
  short: { en: 'CITES', fr: 'CITES', es: 'CITES', ru: 'СИТЕС', zh: 'CITES', ar: 'CITES' },
  parent: null,
  adopted: '1973-03-03',
  // Articles are numbered I to XXV in the text; here 1 to 25. English titles in every language
  // (fallback: translations not held yet).
  articles: fromEnglish([
    'Definitions',
    'Fundamental Principles',
    'Regulation of Trade in Specimens of Species included in Appendix I',
    'Regulation of Trade in Specimens of Species included in Appendix II',
    'Regulation of Trade in Specimens of Species included in Appendix III',
    'Permits and Certificates',
    'Exemptions and Other Special Provisions Relating to Trade',
    'Measures to be Taken by the Parties',
    'Management and Scientific Authorities',
    'Trade with States not Party to the Convention',
    'Conference of the Parties',
    'The Secretariat',
    'International Measures',
    'Effect on Domestic Legislation and International Conventions',
    'Amendments to Appendices I and II',
    'Appendix III and Amendments thereto',
    'Amendment of the Convention',
    'Resolution of Disputes',
    'Signature',
    'Ratification, Acceptance, Approval',
    'Accession',
    'Entry into Force',
    'Reservations',
    'Denunciation',
    'Depositary',
  ]),
};

export const RECAAP: Treaty = {
  code: 'RECAAP',
  // Authentic in English only; the other names are translations.
  labels: {
    en: 'Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia',
    fr: 'Accord de coopération régionale sur la lutte contre la piraterie et les vols à main armée à l’encontre des navires en Asie',
    es: 'Acuerdo de Cooperación Regional para Combatir la Piratería y el Robo a Mano Armada contra los Buques en Asia',
    ru: 'Соглашение о региональном сотрудничестве в борьбе с пиратством и вооруженным разбоем против судов в Азии',
    zh: '亚洲地区反海盗及武装劫船合作协定',
    ar: 'اتفاق التعاون الإقليمي لمكافحة القرصنة والسطو المسلح على السفن في آسيا',
  },
  short: { en: 'ReCAAP', fr: 'ReCAAP', es: 'ReCAAP', ru: 'ReCAAP', zh: 'ReCAAP', ar: 'ReCAAP' },
  parent: null,
  adopted: '2004-11-11',
  // English titles in every language (fallback: the Agreement is authentic in English only).
  articles: fromEnglish([
    'Definitions',
    'General Provisions',
    'General Obligations',
    'Composition',
    'Headquarters Agreement',
    'Financing',
    'Functions',
    'Operation',
    'Information Sharing',
    'Request for Cooperation',
    'Cooperation by the Requested Contracting Party',
    'Extradition',
    'Mutual Legal Assistance',
    'Capacity Building',
    'Cooperative Arrangements',
    'Protection Measures for Ships',
    'Settlement of Disputes',
    'Signature and Entry into Force',
    'Amendment',
    'Withdrawal',
    'Authentic Text',
    'Registration',
  ]),
};

export const SLAVERY1926: Treaty = {
  code: 'SLAVERY1926',
  labels: {
    en: 'Slavery Convention',
    fr: 'Convention relative à l’esclavage',
    es: 'Convención sobre la Esclavitud',
    ru: 'Конвенция относительно рабства',
    zh: '禁奴公约',
    ar: 'الاتفاقية الخاصة بالرق',
  },
  short: {
    en: '1926 Slavery Convention',
    fr: 'Convention de 1926 relative à l’esclavage',
    es: 'Convención sobre la Esclavitud de 1926',
    ru: 'Конвенция относительно рабства 1926 года',
    zh: '1926年禁奴公约',
    ar: 'الاتفاقية الخاصة بالرق لعام 1926',
  },
  parent: null,
  adopted: '1926-09-25',
  articles: untitled(12),
};

export const SLAVERY1956: Treaty = {
  code: 'SLAVERY1956',
  labels: {
    en: 'Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery',
    fr: 'Convention supplémentaire relative à l’abolition de l’esclavage, de la traite des esclaves et des institutions et pratiques analogues à l’esclavage',
    es: 'Convención suplementaria sobre la abolición de la esclavitud, la trata de esclavos y las instituciones y prácticas análogas a la esclavitud',
    ru: 'Дополнительная конвенция об упразднении рабства, работорговли и институтов и обычаев, сходных с рабством',
    zh: '废止奴隶制、奴隶贩卖及类似奴隶制之制度与习俗补充公约',
    ar: 'الاتفاقية التكميلية لإبطال الرق وتجارة الرقيق والأعراف والممارسات الشبيهة بالرق',
  },
  short: {
    en: 'Supplementary Slavery Convention',
    fr: 'Convention supplémentaire relative à l’abolition de l’esclavage',
    es: 'Convención suplementaria sobre la esclavitud',
    ru: 'Дополнительная конвенция об упразднении рабства',
    zh: '废奴补充公约',
    ar: 'الاتفاقية التكميلية لإبطال الرق',
  },
  parent: null,
  adopted: '1956-09-07',
  articles: untitled(15),
};

export const TF1999: Treaty = {
  code: 'TF1999',
  labels: {
    en: 'International Convention for the Suppression of the Financing of Terrorism',
    fr: 'Convention internationale pour la répression du financement du terrorisme',
    es: 'Convenio Internacional para la Represión de la Financiación del Terrorismo',
    ru: 'Международная конвенция о борьбе с финансированием терроризма',
    zh: '制止向恐怖主义提供资助的国际公约',
    ar: 'الاتفاقية الدولية لقمع تمويل الإرهاب',
  },
  short: {
    en: 'Terrorist Financing Convention',
    fr: 'Convention sur le financement du terrorisme',
    es: 'Convenio sobre la financiación del terrorismo',
    ru: 'Конвенция о финансировании терроризма',
    zh: '制止资助恐怖主义公约',
    ar: 'اتفاقية قمع تمويل الإرهاب',
  },
  parent: null,
  adopted: '1999-12-09',
  articles: untitled(28),
};
