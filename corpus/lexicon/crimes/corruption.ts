import type { CrimeLexicon } from './types.js';

/** UNTOC art. 8, UNCAC arts. 15–25: bribery, embezzlement, trading in influence, abuse of functions. */
export const corruption: CrimeLexicon = {
  slug: 'corruption',
  strong: {
    zh: [
      '贪污', '受贿', '行贿', '贿赂', '腐败', '挪用公款', '利用影响力受贿', '介绍贿赂', '巨额财产来源不明',
      '私分国有资产', '索贿', '职务犯罪', '廉政', '反腐', '贪腐', '貪污', '賄賂', '腐敗', '权力寻租', '利益输送',
      '商业贿赂', '非国家工作人员受贿', '对非国家工作人员行贿', '对外国公职人员', '国际公共组织官员行贿',
    ],
    en: [
      'corruption', 'corrupt practice*', 'anti-corruption', 'anticorruption', 'brib*', 'kickback*', 'trading in influence',
      'influence peddling', 'illicit enrichment', 'embezzlement of public funds', 'embezzlement, misappropriation',
      'misappropriation of public funds', 'foreign public official*', 'undue advantage*', 'secret commission*',
      'abuse of functions', 'abuse of office', 'foreign corrupt practices', 'frauds on the government',
      'breach of trust by public officer', 'selling of office*', 'purchase of office*',
    ],
    fr: [
      'corruption', 'anticorruption', 'anti-corruption', 'trafic d\'influence', 'concussion', 'prise illégale d\'intérêts',
      'détournement de fonds publics', 'détournement* de biens publics', 'soustraction et détournement', 'pot-de-vin',
      'pots-de-vin', 'agent* public* étranger*', 'favoritisme', 'enrichissement illicite', 'avantage* indu*',
      'commissions secrètes', 'fonctionnaire* public* étranger*', 'corrompu*', 'corrompre', 'corruptrice*',
      'abus de fonctions', 'péculat', 'offres, des promesses, des dons', 'offres, promesses, dons', 'dons ou présents',
      'des dons, des présents',
    ],
    es: [
      'corrupción', 'anticorrupción', 'cohecho*', 'soborn*', 'dádiva*', 'tráfico de influencia*', 'peculado', 'peculados',
      'enriquecimiento ilícito', 'malversación', 'concusión', 'exacciones ilegales', 'negociaciones incompatibles',
      'funcionario* público* extranjero*', 'servidor* público* extranjero*', 'beneficio* indebido*', 'ventaja* indebida*',
      'coima*', 'uso ilícito de atribuciones', 'abuso de funciones', 'ejercicio abusivo de funciones', 'utilidad indebida',
    ],
    ar: [
      'الفساد', 'فساد', 'مكافحة الفساد', 'الرشوة', 'رشوة', 'الرشاوى', 'رشاوى', 'الراشي', 'المرتشي', 'الاختلاس', 'اختلاس',
      'استغلال النفوذ', 'المتاجرة بالنفوذ', 'إساءة استغلال الوظائف', 'التربح', 'الكسب غير المشروع',
      'الإثراء غير المشروع', 'تبديد المال العام', 'الموظف العمومي الأجنبي', 'موظفي القطاع العام الأجانب', 'النزاهة ومكافحة الفساد',
    ],
    ru: [
      'коррупци*', 'коррупционн*', 'антикоррупционн*', 'взятк*', 'взяточничеств*', 'дача взятки', 'получение взятки',
      'коммерческий подкуп', 'подкуп*', 'злоупотреблени* должностными полномочиями', 'присвоени* или растрат*',
      'незаконн* вознаграждени*', 'иностранн* должностн* лиц*', 'посредничество во взяточничестве',
      'злоупотреблени* служебным положением', 'незаконное обогащение',
    ],
    de: [
      'bestechung', 'bestechlichkeit', '*bestechung', '*bestechlichkeit', 'vorteilsannahme', 'vorteilsgewährung',
      'korruption*', 'korruptionsbekämpfung', 'antikorruption*', 'bestechungsgeld*', 'schmiergeld*',
      'ausländisch* amtsträger*', 'ausländische und internationale bedienstete', 'bestochen', 'bestechen',
      'unrechtmäßige vorteile', 'amtsmissbrauch', 'vorteil fordert', 'sich versprechen lässt', 'sich versprechen läßt',
    ],
    pt: [
      'corrupção', 'corrupção passiva', 'corrupção ativa', 'anticorrupção', 'peculato', 'concussão', 'suborn*',
      'propina*', 'tráfico de influência', 'enriquecimento ilícito', 'vantagem indevida', 'vantagens indevidas',
      'improbidade administrativa', 'funcionário* público* estrangeiro*', 'exploração de prestígio', 'advocacia administrativa',
      'corrupto*',
    ],
    nl: [
      'omkoping', 'omkopen', 'omkoopt', 'omgekocht', 'corruptie*', 'anticorruptie', 'ambtelijke omkoping', 'steekpenning*',
      'smeergeld*', 'ambtsmisbruik', 'handel in invloed', 'knevelarij',
    ],
  },
  weak: {
    zh: ['国家工作人员', '滥用职权', '玩忽职守', '徇私舞弊', '监察', '公职人员', '职务便利', '职务上的便利', '财物', '请托', '谋取利益', '谋取不正当利益'],
    en: ['foreign public official*', 'public official*', 'public officer*', 'embezzl*', 'misappropriat*', 'integrity', 'conflict* of interest', 'official*', 'advantage', 'asset declaration*', 'whistleblow*', 'abuse of power', 'corruptly', 'graft'],
    fr: ['agent* public* étranger*', 'fonctionnaire*', 'dépositaire de l\'autorité publique', 'mission de service public', 'détournement*', 'intégrité', 'conflit* d\'intérêts', 'agent* public*', 'avantage*', 'promesses, offres', 'dons, présents'],
    es: ['funcionario* público* extranjero*', 'servidor* público* extranjero*', 'funcionario* público*', 'servidor* público*', 'función pública', 'integridad', 'conflicto* de interés*', 'declaración jurada patrimonial', 'ética pública', 'ofrecimiento', 'promesa'],
    ar: ['إساءة استعمال السلطة', 'الموظف العمومي الأجنبي', 'الموظف العام', 'الموظف العمومي', 'الموظفين العموميين', 'المال العام', 'الأموال العامة', 'النزاهة', 'تضارب المصالح', 'الوظيفة العامة', 'الرقابة', 'المنفعة', 'عطية'],
    ru: ['иностранн* должностн* лиц*', 'должностн* лиц*', 'государственн* служащ*', 'конфликт* интересов', 'растрат*', 'присвоени*', 'служебн* положени*', 'превышени* должностных полномочий'],
    de: ['ausländisch* amtsträger*', 'amtsträger*', 'für den öffentlichen dienst besonders verpflichtet*', 'untreue', 'vorteil*', 'europäische amtsträger', 'interessenkonflikt*'],
    pt: ['funcionário* público* estrangeiro*', 'funcionário* público*', 'servidor* público*', 'administração pública', 'conflito* de interesse*', 'vantagem', 'integridade'],
    nl: ['buitenlands* ambtena*', 'ambtena*', 'gift*', 'belofte*', 'dienst*', 'verduistering', 'integriteit'],
  },
  not: {
    zh: ['腐败变质', '腐败物质'],
    en: ['corruption of minors', 'corruption of children', 'corrupting children', 'corrupting morals', 'corrupt* children', 'corruption of morals', 'data corruption', 'corruption of data', 'file corruption', 'corrupted data', 'corrupted files'],
    fr: ['corruption de mineur*', 'corruption de la jeunesse', 'corruption des mœurs', 'corrompre les mœurs', 'corrompre des enfants', 'corruption d\'enfant*', 'corrompu des données', 'données corrompues', 'corruption de données'],
    es: ['corrupción de menores', 'corrupción de menor*', 'corrupción de personas menores', 'corrupción de datos', 'datos corruptos'],
    pt: ['corrupção de menores', 'corrupção de menor*', 'corromper menor*', 'corrupção ou poluição de água', 'corromper, adulterar', 'corrompida*', 'corrompido*', 'falsificar, corromper', 'falsificado, corrompido'],
    ru: ['коррозии'],
  },
};
