import type { CrimeLexicon } from './types.js';

/** UNTOC art. 6, UNCAC art. 23: laundering of proceeds of crime, and AML measures (art. 7). */
export const moneyLaundering: CrimeLexicon = {
  slug: 'money-laundering',
  strong: {
    zh: [
      '洗钱', '反洗钱', '掩饰、隐瞒犯罪所得', '掩饰、隐瞒犯罪所得、犯罪所得收益', '掩饰、隐瞒犯罪所得及其产生的收益',
      '可疑交易报告', '大额交易报告', '洗錢', '反洗錢', '洗钱风险', '资金来源和性质', '清洗',
    ],
    en: [
      'money laundering', 'money-laundering', 'launder*', 'anti-money laundering', 'laundering of proceeds',
      'suspicious transaction report*', 'suspicious activity report*', 'suspicious transaction*', 'currency transaction report*',
      'financial intelligence unit*', 'fintrac', 'conversion or transfer of property', 'proceeds of crime (money laundering)',
      'laundering offence*', 'laundering of monetary instruments', 'structuring transactions', 'bank secrecy act',
      'concealment or disguise of the true nature', 'conceal or disguise the illicit origin',
    ],
    fr: [
      'blanchiment*', 'blanchir', 'blanchi', 'blanchis', 'blanchissant', 'déclaration* de soupçon', 'opérations douteuses',
      'opération douteuse', 'cellule de renseignement financier', 'recyclage des produits', 'produits de la criminalité (recyclage)',
      'recyclage des produits de la criminalité', 'tracfin', 'lutte anti-blanchiment', 'conversion ou le transfert de biens',
      'dissimulation ou le déguisement',
    ],
    es: [
      'lavado de activos', 'lavado de dinero', 'lavado de bienes', 'lavado de capitales', 'blanqueo*', 'legitimación de capitales',
      'legitimación de ganancias', 'operaciones con recursos de procedencia ilícita', 'recursos de procedencia ilícita',
      'bienes de origen delictivo', 'bienes de procedencia ilícita', 'operaciones sospechosas', 'operación sospechosa',
      'reporte de operaciones sospechosas', 'unidad de información financiera', 'unidad de inteligencia financiera',
      'autolavado', 'activos de origen ilícito', 'antilavado', 'conversión o la transferencia de bienes',
      'encubrimiento y lavado', 'actividades vulnerables', 'prevención del lavado',
    ],
    ar: [
      'غسل الأموال', 'غسيل الأموال', 'غسل أموال', 'غسل الاموال', 'تبييض الأموال', 'تبييض الاموال', 'العمليات المشبوهة',
      'العمليات المشتبه بها', 'الإبلاغ عن العمليات المشبوهة', 'وحدة التحريات المالية', 'وحدة المعلومات المالية',
      'مكافحة غسل الأموال', 'متحصلات الجريمة', 'تمويه حقيقة', 'إخفاء أو تمويه',
    ],
    ru: [
      'отмывани*', 'легализаци* (отмывани*)', 'легализаци* денежн* средств', 'легализаци* доход*', 'отмыва*',
      'денежн* средств* или ин* имуществ*, приобретенн* преступн* путем', 'приобретенн* преступн* путем',
      'полученн* преступн* путем', 'подозрительн* операци*', 'финансов* разведк*', 'росфинмониторинг*',
    ],
    de: [
      'geldwäsche*', '*geldwäsche', 'geldwäschegesetz', 'verschleierung unrechtmäßig erlangter vermögenswerte',
      'verdachtsmeldung*', 'zentralstelle für finanztransaktionsuntersuchungen', 'financial intelligence unit',
      'geldwäscheverdacht', 'geldwäschebeauftragt*', 'gwg',
    ],
    pt: [
      'lavagem de dinheiro', 'lavagem de capitais', 'lavagem de bens', 'lavagem', 'branqueamento*', 'ocultação de bens',
      'ocultação de bens, direitos e valores', 'operações suspeitas', 'operação suspeita', 'unidade de inteligência financeira',
      'coaf', 'conselho de controle de atividades financeiras',
    ],
    nl: [
      'witwassen', 'witwas*', '*witwassen', 'witgewassen', 'ongebruikelijke transactie*', 'financiële inlichtingen eenheid',
      'meldpunt ongebruikelijke transacties', 'wwft', 'witwaspraktijken',
    ],
  },
  weak: {
    zh: ['犯罪所得', '犯罪所得收益', '客户身份', '尽职调查', '受益所有人', '资金', '金融机构', '隐瞒', '掩饰'],
    en: ['proceeds of crime', 'proceeds', 'conceal*', 'disguis*', 'financial institution*', 'customer due diligence', 'beneficial owner*', 'know your customer', 'reporting entit*', 'monetary instrument*', 'illicit origin', 'structuring', 'cash transaction*', 'financial transaction*'],
    fr: ['produit* du crime', 'produit* de la criminalité', 'produit* de l\'infraction', 'recel*', 'dissimul*', 'vigilance', 'bénéficiaire* effectif*', 'établissement* financier*', 'origine illicite', 'justification mensongère'],
    es: ['producto del delito', 'productos del delito', 'encubrimiento', 'ocult*', 'origen ilícito', 'procedencia ilícita', 'debida diligencia', 'beneficiario* final*', 'sujetos obligados', 'sujeto obligado', 'entidades financieras', 'conversión', 'transferencia*'],
    ar: ['المتحصلات', 'العائدات', 'إخفاء', 'تمويه', 'المؤسسات المالية', 'العناية الواجبة', 'المستفيد الحقيقي', 'مصدر غير مشروع'],
    ru: ['доход*', 'сокрыти*', 'финансов* операци*', 'обязательн* контрол*', 'идентификаци* клиент*'],
    de: ['herrührt', 'verschleier*', 'verbirgt', 'vermögenswert*', 'verpflichtete', 'sorgfaltspflicht*', 'wirtschaftlich berechtigt*', 'rechtswidrige* tat herrühr*'],
    pt: ['ocultar', 'dissimular', 'proveniente* de infração penal', 'bens, direitos ou valores', 'instituições financeiras'],
    nl: ['heling', 'verhul*', 'verberg*', 'misdrijf afkomstig', 'cliëntenonderzoek', 'uiteindelijk belanghebbende*'],
  },
  not: {
    zh: ['清洗消毒', '清洗设备'],
    fr: ['blanchisserie*', 'blanchiment des dents', 'blanchi à la chaux'],
    es: ['blanqueo dental', 'blanqueo de dientes', 'lavado de manos'],
    pt: ['lavagem de mãos', 'lavagem de veículos', 'lavagem de roupa*'],
    en: ['launderette*', 'laundered clothes'],
  },
};
