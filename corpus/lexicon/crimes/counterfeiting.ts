import type { CrimeLexicon } from './types.js';

/** Counterfeiting of currency and of goods (trade marks, copyright piracy); not document forgery. */
export const counterfeiting: CrimeLexicon = {
  slug: 'counterfeiting',
  strong: {
    zh: [
      '伪造货币', '变造货币', '假币', '伪造的货币', '假冒注册商标', '假冒商标', '假冒他人注册商标', '假冒注册商标的商品',
      '非法制造、销售非法制造的注册商标标识', '侵犯著作权', '侵犯知识产权', '假冒专利', '盗版', '假冒伪劣', '伪劣商品',
      '伪劣产品', '生产、销售伪劣', '出售、购买、运输假币', '持有、使用假币', '伪造、变造金融票证', '伪造有价票证',
      '偽造貨幣', '假冒商品', '侵权假冒',
    ],
    en: [
      'counterfeit*', 'forged bank note*', 'forged banknote*', 'currency forg*', 'forgery of currency', 'false money',
      'falsification of currency', 'pirated goods', 'pirated copyright goods', 'infringing goods', 'trademark infringement',
      'trade-mark infringement', 'infringement of trademark*', 'passing off', 'uttering counterfeit*',
      'copyright piracy', 'software piracy', 'intellectual property crime*', 'imitation of a trademark',
      'false trade description*', 'forged trade mark*',
    ],
    fr: [
      'contrefaçon*', 'contrefai*', 'contrefait*', 'contrefaisant*', 'fausse monnaie', 'fausses monnaies', 'faux-monnay*',
      'fausse* monnaie*', 'monnaie* contrefaite*', 'falsification de monnaie*', 'falsification des monnaies', 'billets de banque contrefaits',
      'fausse* marque*', 'marque* contrefaite*', 'produits contrefaisants', 'marchandises contrefaisantes', 'piratage d\'œuvres',
      'atteinte* aux droits de propriété intellectuelle', 'contrefacteur*',
    ],
    es: [
      'falsificación de moneda*', 'moneda* falsa*', 'moneda* falsificada*', 'billete* falso*', 'billete* falsificado*',
      'falsificación de billetes', 'falsificación de marca*', 'marca* falsificada*', 'mercancía* falsificada*',
      'mercadería* falsificada*', 'productos falsificados', 'imitación de marca*', 'moneda* adulterada*', 'falsificación de moneda',
      'contrafacción', 'piratería de obras', 'mercancías pirata*', 'productos pirata*', 'falsificación de sellos', 'cercenamiento de moneda',
      'falsificación de títulos al portador', 'delitos contra la propiedad industrial', 'delitos contra la propiedad intelectual',
    ],
    ar: [
      'تزييف', 'التزييف', 'تزييف العملة', 'تزييف النقود', 'العملة المزيفة', 'العملات المزيفة', 'النقود المزيفة', 'تزوير العملة',
      'تزوير النقود', 'تقليد العلامة التجارية', 'تقليد العلامات التجارية', 'العلامة التجارية المقلدة', 'السلع المقلدة',
      'البضائع المقلدة', 'المنتجات المقلدة', 'الغش التجاري', 'السلع المغشوشة', 'قرصنة المصنفات', 'التعدي على حقوق المؤلف',
    ],
    ru: [
      'фальшивомонетничеств*', 'контрафакци*', 'поддельн* денег', 'поддельн* деньг*', 'поддельн* банковск* билет*', 'поддельн* монет*',
      'изготовление поддельных', 'контрафакт*', 'контрафактн*', 'незаконное использование средств индивидуализации',
      'незаконное использование товарного знака', 'нарушение авторских и смежных прав', 'поддельн* ценн* бумаг*',
    ],
    de: [
      'geldfälschung', 'falschgeld', 'wertzeichenfälschung', 'fälschung von zahlungskarten', 'kennzeichenverletzung*',
      'markenpiraterie', 'produktpiraterie', 'marken- und produktpiraterie', 'gefälscht* waren', 'nachgemacht* geld',
      'inverkehrbringen von falschgeld', 'strafbare kennzeichenverletzung', 'urheberrechtsverletzung*',
      'widerrechtlich gekennzeichnet* waren',
    ],
    pt: [
      'moeda falsa', 'moedas falsas', 'falsificação de moeda', 'petrechos para falsificação de moeda', 'contrafação',
      'contrafeit*', 'pirataria', 'marca falsificada', 'marcas falsificadas', 'produtos falsificados', 'papel-moeda falsificado',
      'crimes contra a propriedade imaterial', 'violação de direito autoral', 'crimes contra as marcas',
    ],
    nl: [
      'valsemunterij', 'vals geld', 'valse munt*', 'nagemaakt* munt*', 'nagemaakt* bankbiljet*', 'namaak*',
      'namaakgoederen', 'merkinbreuk', 'merkenpiraterij', 'vervalsing van munt*', 'vervalste bankbiljetten', 'piraterij van merken',
    ],
  },
  weak: {
    zh: ['商标', '伪造', '变造', '知识产权', '货币', '假冒'],
    en: ['trademark*', 'trade-mark*', 'forg*', 'currency', 'bank note*', 'banknote*', 'coin*', 'intellectual property', 'copyright', 'pirated', 'imitation*', 'falsif*'],
    fr: ['marque*', 'faux', 'falsifi*', 'monnaie*', 'billet* de banque', 'propriété intellectuelle', 'propriété industrielle', 'imitation*', 'droit d\'auteur'],
    es: ['marca*', 'falsific*', 'falsa*', 'moneda*', 'billete*', 'propiedad intelectual', 'propiedad industrial', 'imitación', 'derechos de autor', 'piratería'],
    ar: ['العلامة التجارية', 'العلامات التجارية', 'تقليد', 'مقلد*', 'مزيف*', 'العملة', 'حقوق المؤلف', 'الملكية الفكرية', 'الغش'],
    ru: ['товарн* знак*', 'подделк*', 'поддельн*', 'денежн* знак*', 'интеллектуальн* собственност*'],
    de: ['plagiat*', 'marke*', 'fälschung*', 'gefälscht*', 'geld', 'banknote*', 'urheberrecht*', 'geschützte* marke*'],
    pt: ['marca*', 'falsific*', 'moeda*', 'cédula*', 'propriedade intelectual', 'direito autoral'],
    nl: ['merk*', 'vervals*', 'munt*', 'bankbiljet*', 'auteursrecht*', 'intellectuele eigendom', 'inbreuk op het auteursrecht'],
  },
  not: {
    zh: ['假药', '伪造、变造、买卖国家机关公文', '伪造公司、企业'],
    en: [
      'counterfeit medic*', 'counterfeit drug*', 'counterfeit pharmaceutical*', 'counterfeit health product*',
      'counterfeit medical product*', 'counterfeit medical device*', 'counterfeit medicinal product*',
    ],
    fr: ['médicaments contrefaits', 'contrefaçon de médicaments', 'contrefaçon des médicaments', 'produits de santé contrefaits'],
    es: ['medicamentos falsificados', 'productos médicos falsificados', 'falsificación de medicamentos', 'productos farmacéuticos falsificados'],
    ar: ['الأدوية المقلدة', 'الأدوية المزيفة', 'المستحضرات المقلدة', 'الأدوية المغشوشة', 'المستحضرات الصيدلانية المغشوشة', 'تزييف الحقائق', 'تزوير المحررات'],
    ru: ['контрафактн* лекарствен*', 'контрафактн* медицинск*'],
    pt: ['medicamentos falsificados'],
    nl: ['namaakgeneesmiddel*', 'vervalste geneesmiddelen'],
  },
};
