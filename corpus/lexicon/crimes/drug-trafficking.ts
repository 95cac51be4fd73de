import type { CrimeLexicon } from './types.js';

/** Illicit traffic in narcotic drugs, psychotropic substances and precursors (1988 Convention). */
export const drugTrafficking: CrimeLexicon = {
  slug: 'drug-trafficking',
  strong: {
    zh: [
      '毒品', '贩毒', '制毒', '易制毒化学品', '走私、贩卖、运输、制造毒品', '非法持有毒品', '容留他人吸毒', '海洛因',
      '甲基苯丙胺', '冰毒', '鸦片', '可卡因', '罂粟', '毒品犯罪', '禁毒', '制毒物品', '吸食、注射毒品', '毒品原植物', '販毒',
      '麻醉药品和精神药品', '非法种植毒品', '引诱、教唆、欺骗他人吸毒', '强迫他人吸毒',
    ],
    en: [
      'drug trafficking', 'drug-trafficking', 'drug trafficker*', 'trafficking in narcotic*', 'trafficking in drugs',
      'trafficking in a controlled substance', 'trafficking in controlled substances', 'narcotic drug*', 'narcotics',
      'psychotropic substance*', 'controlled substance*', 'controlled drug*', 'illicit drug*', 'illegal drug*',
      'cocaine', 'heroin', 'cannabis', 'marihuana', 'marijuana', 'opium', 'fentanyl*', 'methamphetamine*', 'amphetamine*',
      'precursor chemical*', 'drug cartel*', 'drug-related', 'drug offence*', 'drug offense*', 'illicit traffic in narcotic*',
      'drug kingpin*', 'narco-trafficking', 'narcotrafficking', 'drug smuggling', 'drug dealing', 'synthetic opioid*',
      'production of a substance', 'possession for the purpose of trafficking',
    ],
    fr: [
      'stupéfiant*', 'trafic de stupéfiants', 'trafic de drogue*', 'trafic illicite de stupéfiants', 'substance* psychotrope*',
      'précurseur* chimique*', 'cocaïne', 'héroïne', 'cannabis', 'drogue* illicite*', 'narcotrafic*', 'substance* désignée*',
      'substance* réglementée*', 'trafic de substances', 'usage illicite de stupéfiants', 'opium', 'toxicomanie',
      'production d\'une substance', 'possession en vue du trafic',
    ],
    es: [
      'estupefaciente*', 'narcotráfico', 'narcotraficante*', 'tráfico de drogas', 'tráfico ilícito de drogas',
      'tráfico de estupefacientes', 'tráfico ilícito de estupefacientes', 'drogas ilícitas', 'drogas ilegales', 'sustancia* psicotrópica*',
      'psicotrópico*', 'narcótico*', 'precursor* químico*', 'cocaína', 'marihuana', 'cannabis', 'heroína', 'opio',
      'sustancias controladas', 'narcomenudeo', 'delitos contra la salud', 'fármacodependencia', 'farmacodependencia',
      'toxicomanía', 'materias primas para la fabricación de estupefacientes', 'pasta base',
    ],
    ar: [
      'المخدرات', 'مخدرات', 'المواد المخدرة', 'مواد مخدرة', 'المؤثرات العقلية', 'مؤثرات عقلية', 'الاتجار بالمخدرات',
      'تهريب المخدرات', 'ترويج المخدرات', 'السلائف الكيميائية', 'الحشيش', 'الكوكايين', 'الهيروين', 'الأفيون', 'القات',
      'مكافحة المخدرات', 'المخدر', 'مخدر',
    ],
    ru: [
      'наркотическ*', 'наркотик*', 'психотропн*', 'прекурсор*', 'наркосодержащ*', 'незаконн* оборот* наркотик*',
      'наркотическ* средств*', 'кокаин*', 'героин*', 'каннабис*', 'марихуан*', 'опий', 'опиум*', 'наркоторговл*',
    ],
    de: [
      'betäubungsmittel*', '*betäubungsmittel', 'rauschgift*', 'drogenhandel', 'drogenkriminalität', 'kokain', 'heroin', 'cannabis',
      'opium', 'grundstoff* für die herstellung', 'grundstoffüberwachung*', 'psychotrop* stoff*', 'neue psychoaktive stoffe',
      'btmg', 'rauschmittel',
    ],
    pt: [
      'entorpecente*', 'drogas ilícitas', 'tráfico de drogas', 'tráfico ilícito de entorpecentes', 'tráfico ilícito de drogas',
      'substância* psicotrópica*', 'narcotráfico', 'cocaína', 'maconha', 'heroína', 'substância entorpecente',
      'drogas afins',
    ],
    nl: [
      'verdovende middelen', 'opiumwet', 'drugshandel', 'drugscriminaliteit', 'harddrugs', 'softdrugs', 'cocaïne', 'heroïne',
      'hennep', 'cannabis', 'xtc', 'mdma', 'amfetamine', 'psychotrope stoffen', 'precursoren', 'drugssmokkel',
      'drugstransport*', 'hasjiesj', 'marihuana',
    ],
  },
  weak: {
    zh: ['麻醉药品', '精神药品', '吸毒', '戒毒', '种植', '走私', '贩卖', '运输'],
    en: ['illicit traffic*', 'traffick*', 'schedule i', 'schedule ii', 'precursor*', 'substance*', 'addiction', 'drug abuse', 'overdose*', 'smuggl*'],
    fr: ['drogue*', 'trafic*', 'substance*', 'précurseur*', 'vénéneuse*', 'plantes classées', 'toxicomane*', 'importation*'],
    es: ['droga*', 'tráfico*', 'sustancia*', 'precursor*', 'adicción', 'adicciones', 'consumo', 'siembra', 'cultivo*'],
    ar: ['الاتجار', 'التهريب', 'السلائف', 'الإدمان', 'التعاطي', 'زراعة'],
    ru: ['незаконн* оборот*', 'контрабанд*', 'сбыт*', 'культивирова*'],
    de: ['drogen*', 'handel treibt', 'unerlaubt*', 'sucht*', 'abhängigkeit', 'anbau*', 'einfuhr*'],
    pt: ['drogas', 'droga', 'tráfico*', 'substância*', 'dependência', 'usuário*', 'plantio', 'cultivo'],
    nl: ['drugs*', 'handel*', 'middel*', 'verslav*', 'teelt', 'invoer*'],
  },
  // UNODC's name, and medicines regulation.
  not: {
    zh: ['联合国毒品和犯罪问题办公室', '毒品和犯罪问题办公室', '毒品和犯罪问题办事处'],
    en: ['united nations office on drugs and crime', 'office on drugs and crime', 'drug administration', 'food and drug*', 'drug product*', 'new drug*', 'prescription drug*', 'counterfeit drug*'],
    fr: ['office des nations unies contre la drogue et le crime', 'nations unies contre la drogue et le crime'],
    es: ['oficina de las naciones unidas contra la droga y el delito', 'naciones unidas contra la droga y el delito'],
    ar: ['مكتب الأمم المتحدة المعني بالمخدرات والجريمة', 'المعني بالمخدرات والجريمة'],
    ru: ['управлени* организации объединенных наций по наркотикам и преступности', 'по наркотикам и преступности'],
    de: ['büro der vereinten nationen für drogen- und verbrechensbekämpfung', 'drogen- und verbrechensbekämpfung'],
    pt: ['escritório das nações unidas sobre drogas e crime', 'nações unidas sobre drogas e crime'],
    nl: ['bureau van de verenigde naties voor drugs en criminaliteit'],
  },
};
