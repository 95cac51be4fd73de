import type { CrimeLexicon } from './types.js';

/** Smuggling of Migrants Protocol: procuring illegal entry for a benefit, enabling illegal stay. */
export const smugglingOfMigrants: CrimeLexicon = {
  slug: 'smuggling-of-migrants',
  strong: {
    zh: [
      '偷运移民', '组织他人偷越国(边)境', '组织他人偷越国境', '偷越国(边)境', '偷越国境', '偷越国边境', '运送他人偷越',
      '组织、运送、协助他人非法出境入境', '协助他人非法出境入境', '组织他人非法出境入境', '骗取出境证件', '蛇头',
      '人口偷运', '非法移民', '提供伪造、变造的出入境证件', '出售出入境证件', '偷渡',
    ],
    en: [
      'smuggling of migrants', 'migrant smuggling', 'smuggl* migrants', 'smuggled migrant*', 'human smuggling', 'people smuggling',
      'alien smuggling', 'smuggling of aliens', 'smuggling aliens', 'smuggling of persons', 'smuggling persons', 'smuggled person*',
      'bringing in and harboring certain aliens', 'organizing entry into canada', 'illegal entry of a person',
      'procure the illegal entry', 'procurement of illegal entry', 'facilitat* illegal entry', 'facilitat* the illegal entry',
      'illegal immigration', 'unlawful entry of aliens', 'enabling illegal residence', 'disembarking persons at sea',
      'illegal border crossing*', 'irregular migration', 'migrant smuggler*', 'people smuggler*', 'human smuggler*',
      'smuggling network*', 'tip/som',
    ],
    fr: [
      'trafic illicite de migrants', 'trafic de migrants', 'passeur*', 'aide à l\'entrée irrégulière',
      'entrée, la circulation ou le séjour irréguliers', 'l\'entrée, la circulation ou le séjour irrégulier*',
      'organiser l\'entrée au canada', 'entrée illégale', 'entrées illégales', 'introduction clandestine', 'immigration clandestine',
      'immigration irrégulière', 'aide au séjour irrégulier', 'faciliter l\'entrée irrégulière', 'débarquement de personnes en mer',
      'migrants objet d\'un trafic illicite',
    ],
    es: [
      'tráfico ilícito de migrantes', 'tráfico de migrantes', 'tráfico ilegal de migrantes', 'tráfico de personas',
      'tráfico ilegal de personas', 'tráfico ilícito de personas', 'ingreso ilegal', 'entrada ilegal', 'egreso ilegal',
      'cruce ilegal de frontera*', 'migración ilegal', 'inmigración ilegal', 'inmigración clandestina', 'migración irregular',
      'permanencia ilegal', 'polleros', 'coyotes', 'migrantes objeto de tráfico', 'facilitación de la entrada ilegal',
      'tráfico de inmigrantes',
    ],
    ar: [
      'تهريب المهاجرين', 'تهريب الأشخاص', 'تهريب البشر', 'الهجرة غير الشرعية', 'الهجرة غير النظامية', 'الهجرة غير المشروعة',
      'نقل المتسللين', 'إيواء المتسللين', 'تسهيل دخول', 'الدخول غير المشروع إلى المملكة', 'الدخول غير المشروع إلى البلاد',
      'المهاجرين المهربين', 'مهربي المهاجرين',
    ],
    ru: [
      'незаконн* ввоз* мигрант*', 'организаци* незаконн* миграци*', 'незаконн* миграци*', 'незаконного въезда',
      'незаконное пребывание', 'незаконн* пересечени* государственн* границ*', 'незаконный провоз мигрантов',
      'незаконн* перемещени* лиц через границ*',
    ],
    de: [
      'einschleusen von ausländern', 'einschleus*', 'schleuser*', 'schleusung*', 'schleuserkriminalität', 'schleusungskriminalität',
      'beihilfe zur unerlaubten einreise', 'illegale einreise', 'unerlaubte einreise', 'unerlaubten einreise',
      'illegale migration', 'irreguläre migration', 'menschenschmuggel',
    ],
    pt: [
      'contrabando de migrantes', 'tráfico de migrantes', 'tráfico ilícito de migrantes', 'promoção de migração ilegal',
      'entrada ilegal de estrangeiro', 'entrada ilegal', 'migração ilegal', 'imigração ilegal', 'saída de brasileiro',
      'contrabando de pessoas', 'coiote*',
    ],
    nl: [
      'mensensmokkel', 'smokkel van migranten', 'smokkelen van migranten', 'migrantensmokkel', 'hulp bij illegale binnenkomst',
      'illegale binnenkomst', 'illegale immigratie', 'mensensmokkelaar*', 'gesmokkelde migrant*',
    ],
  },
  weak: {
    zh: ['出境入境', '偷越', '出入境证件', '边境管理', '非法居留', '非法就业', '外国人', '偷渡者'],
    en: ['smuggl*', 'migrant*', 'alien*', 'border*', 'immigration', 'harbo*', 'travel document*', 'illegal stay', 'unlawfully present', 'undocumented', 'irregular'],
    fr: ['migrant*', 'étranger*', 'séjour irrégulier', 'frontière*', 'document* de voyage', 'clandestin*', 'immigration'],
    es: ['migrante*', 'extranjero*', 'frontera*', 'documento* de viaje', 'migratori*', 'clandestin*', 'ilegal*'],
    ar: ['المتسلل*', 'المهاجر*', 'الحدود', 'التسلل', 'وثائق السفر', 'الإقامة غير النظامية', 'الأجانب'],
    ru: ['мигрант*', 'иностранн* граждан*', 'границ*', 'въезд*', 'пребывани*'],
    de: ['ausländer*', 'einreise*', 'aufenthalt*', 'grenze*', 'passersatz', 'aufenthaltstitel*', 'unerlaubt*'],
    pt: ['migrante*', 'estrangeiro*', 'fronteira*', 'migração', 'clandestin*'],
    nl: ['vreemdeling*', 'grens*', 'migrant*', 'binnenkomst', 'verblijf'],
  },
  not: {
    es: ['tráfico de personas con fines de explotación'],
    en: ['smuggling of goods', 'smuggling of narcotic*', 'smuggling of drugs', 'drug smuggling'],
  },
};
