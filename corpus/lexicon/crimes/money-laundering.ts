import type { CrimeLexicon } from './types.js';

/** UNTOC art. 6, UNCAC art. 23: laundering of proceeds of crime, and AML measures (art. 7). */
export const moneyLaundering: CrimeLexicon = {
  slug: 'money-laundering',
  strong: {
    zh: [
      '洗钱', '反洗钱', '掩饰、隐瞒犯罪所得', '掩饰、隐瞒犯罪所得、犯罪所得收益', '掩饰、隐瞒犯罪所得及其产生的收益',
      '洗錢', '反洗錢', '洗钱风险', '资金来源和性质', '清洗',
    ],
    en: [
      'money laundering', 'money-laundering', 'launder*', 'anti-money laundering', 'laundering of proceeds',
      'financial intelligence unit*', 'fintrac', 'conversion or transfer of property',
      'laundering offence*', 'laundering of monetary instruments', 'conversion, transfer or concealment', 'structuring transactions', 'bank secrecy act',
      'concealment or disguise of the true nature', 'conceal or disguise the illicit origin',
    ],
    fr: [
      'blanchiment*', 'blanchir', 'blanchi', 'blanchis', 'blanchissant', 'cellule de renseignement financier', 'recyclage des produits',
      'recyclage des produits de la criminalité', 'tracfin', 'lutte anti-blanchiment', 'conversion ou le transfert de biens',
      'dissimulation ou le déguisement',
    ],
    es: [
      'lavado de activos', 'lavado de dinero', 'lavado de bienes', 'lavado de capitales', 'blanqueo*', 'legitimación de capitales',
      'legitimación de ganancias', 'operaciones con recursos de procedencia ilícita', 'recursos de procedencia ilícita',
      'bienes de origen delictivo', 'bienes de procedencia ilícita', 'unidad de información financiera', 'unidad de inteligencia financiera',
      'autolavado', 'activos de origen ilícito', 'conversión, transferencia u ocultación', 'antilavado', 'conversión o la transferencia de bienes',
      'encubrimiento y lavado', 'actividades vulnerables', 'prevención del lavado',
    ],
    ar: [
      'غسل الأموال', 'غسيل الأموال', 'غسل أموال', 'غسل الاموال', 'تبييض الأموال', 'تبييض الاموال', 'وحدة التحريات المالية', 'وحدة المعلومات المالية',
      'مكافحة غسل الأموال', 'متحصلات الجريمة', 'تمويه حقيقة', 'إخفاء أو تمويه',
    ],
    ru: [
      'отмывани*', 'легализаци* денежн* средств', 'легализаци* доход*', 'отмыва*',
      'финансов* разведк*', 'росфинмониторинг*',
    ],
    de: [
      'geldwäsche*', '*geldwäsche', 'geldwäschegesetz', 'verschleierung unrechtmäßig erlangter vermögenswerte',
      'zentralstelle für finanztransaktionsuntersuchungen', 'financial intelligence unit',
      'geldwäscheverdacht', 'geldwäschebeauftragt*', 'gwg',
    ],
    pt: [
      'lavagem de dinheiro', 'lavagem de capitais', 'lavagem de bens', 'lavagem', 'branqueamento*', 'ocultação de bens',
      'ocultação de bens, direitos e valores', 'unidade de inteligência financeira',
      'coaf', 'conselho de controle de atividades financeiras',
    ],
    nl: [
      'witwassen', 'witwas*', '*witwassen', 'witgewassen', 'financiële inlichtingen eenheid',
      'meldpunt ongebruikelijke transacties', 'wwft', 'witwaspraktijken',
    ],
  },
  weak: {
    zh: ['可疑交易报告', '大额交易报告', '犯罪所得', '犯罪所得收益', '客户身份', '尽职调查', '受益所有人', '资金', '金融机构', '隐瞒', '掩饰'],
    en: ['suspicious transaction*', 'suspicious activity report*', 'currency transaction report*', 'proceeds of crime', 'proceeds', 'conceal*', 'disguis*', 'financial institution*', 'customer due diligence', 'beneficial owner*', 'know your customer', 'reporting entit*', 'monetary instrument*', 'illicit origin', 'structuring', 'cash transaction*', 'financial transaction*'],
    fr: ['déclaration* de soupçon', 'opérations douteuses', 'opération douteuse', 'produit* du crime', 'produit* de la criminalité', 'produit* de l\'infraction', 'recel*', 'dissimul*', 'vigilance', 'bénéficiaire* effectif*', 'établissement* financier*', 'origine illicite', 'justification mensongère'],
    es: ['operaciones sospechosas', 'operación sospechosa', 'producto del delito', 'productos del delito', 'encubrimiento', 'ocult*', 'origen ilícito', 'procedencia ilícita', 'debida diligencia', 'beneficiario* final*', 'sujetos obligados', 'sujeto obligado', 'entidades financieras', 'conversión', 'transferencia*'],
    ar: ['العمليات المشبوهة', 'العمليات المشتبه بها', 'المتحصلات', 'العائدات', 'إخفاء', 'تمويه', 'المؤسسات المالية', 'العناية الواجبة', 'المستفيد الحقيقي', 'مصدر غير مشروع'],
    ru: ['подозрительн* операци*', 'приобретенн* преступн* путем', 'полученн* преступн* путем', 'доход*', 'сокрыти*', 'финансов* операци*', 'обязательн* контрол*', 'идентификаци* клиент*'],
    de: ['verdachtsmeldung*', 'herrührt', 'verschleier*', 'verbirgt', 'vermögenswert*', 'verpflichtete', 'sorgfaltspflicht*', 'wirtschaftlich berechtigt*', 'rechtswidrige* tat herrühr*'],
    pt: ['operações suspeitas', 'ocultar', 'dissimular', 'proveniente* de infração penal', 'bens, direitos ou valores', 'instituições financeiras'],
    nl: ['ongebruikelijke transactie*', 'heling', 'verhul*', 'verberg*', 'misdrijf afkomstig', 'cliëntenonderzoek', 'uiteindelijk belanghebbende*'],
  },
  /**
   * Laundering described without its name: converting or transferring, concealing, and property
   * of illicit origin, together (or a financial operation on funds derived from an offence).
   */
  pairs: {
    en: [[['convert*', 'conversion', 'transfer*'], ['conceal*', 'disguis*'], ['proceeds of crime', 'derived from', 'illicit origin', 'unlawful activity', 'criminal activity']]],
    fr: [[['opération* financière*'], ['provenir', 'provenant', 'proviennent']], [['conversion', 'convertir', 'transfert'], ['dissimul*', 'déguis*'], ['origine illicite', 'provenant d\'un crime', 'produit d\'un crime', 'produit du crime', 'produits de la criminalité']]],
    es: [[['convierta*', 'conversión', 'transfiera*', 'transferencia*'], ['ocult*', 'encubr*', 'disimul*'], ['actividad ilícita', 'procedencia ilícita', 'origen ilícito', 'producto del delito', 'provenientes de un delito', 'actividades delictivas']]],
    pt: [[['converter', 'conversão', 'transferir', 'transferência'], ['ocultar', 'ocultação', 'dissimular', 'dissimulação'], ['infração penal', 'origem ilícita', 'proveniente* de crime']]],
    de: [[['umtausch*', 'überträgt', 'transferiert'], ['verbirgt', 'verschleiert', 'verschleierung'], ['rechtswidrigen tat', 'herrühr*']]],
    nl: [[['omzet*', 'overdraagt', 'overdracht'], ['verbergt', 'verhult', 'verhulling'], ['misdrijf afkomstig', 'afkomstig uit enig misdrijf']]],
    ru: [[['конверт*', 'перевод*'], ['сокрыти*', 'скры*'], ['преступн* путем', 'преступлени*']]],
    ar: [[['تحويل', 'نقل'], ['إخفاء', 'تمويه'], ['مصدر غير مشروع', 'متحصلات', 'جريمة']]],
    zh: [[['转换', '转移'], ['掩饰', '隐瞒'], ['犯罪所得', '违法所得', '非法所得']]],
  },
  not: {
    zh: ['清洗消毒', '清洗设备'],
    fr: ['blanchisserie*', 'blanchiment des dents', 'blanchi à la chaux'],
    es: ['blanqueo dental', 'blanqueo de dientes', 'lavado de manos'],
    pt: ['lavagem de mãos', 'lavagem de veículos', 'lavagem de roupa*'],
    en: ['launderette*', 'laundered clothes'],
  },
};
