import type { CrimeLexicon } from './types.js';

/** Trafficking in Persons Protocol: recruitment/transport of persons by coercion for exploitation; forced labour, slavery. */
export const traffickingInPersons: CrimeLexicon = {
  slug: 'trafficking-in-persons',
  strong: {
    zh: [
      '拐卖妇女', '拐卖儿童', '拐卖妇女、儿童', '拐卖', '贩运人口', '人口贩运', '拐卖人口', '强迫劳动', '收买被拐卖的妇女、儿童',
      '贩卖人口', '人口贩卖', '販運人口', '拐賣', '奴役',
    ],
    en: [
      'trafficking in persons', 'human trafficking', 'trafficking in human beings', 'trafficking of persons',
      'trafficking in women', 'trafficking in children', 'trafficking of women', 'trafficking of children', 'trafficked person*',
      'trafficked women', 'trafficked children', 'trafficked individual*', 'victims of trafficking', 'victim of trafficking',
      'sex trafficking', 'labor trafficking', 'labour trafficking', 'trafficking victims', 'forced labo*', 'forced labour',
      'debt bondage', 'peonage', 'slavery', 'slave trade', 'trafficking in persons offence*',
      'trafficking in persons protocol', 'child trafficking', 'traffickers in persons', 'human traffickers',
      'trafficking of human organs', 'trafficking in human organs', 'practices similar to slavery', 'involuntary servitude',
      'commercial sexual exploitation', 'trafficking in person*', 'tip/som',
    ],
    fr: [
      'traite des êtres humains', 'traite des personnes', 'traite d\'êtres humains', 'traite de personnes', 'traite des femmes',
      'traite des enfants', 'traite des blanches', 'trafic de personnes', 'victime* de la traite', 'victimes de traite',
      'travail forcé', 'esclavage', 'réduction en esclavage', 'réduction en servitude',
      'conditions de travail ou d\'hébergement contraires à la dignité', 'servitude pour dettes', 'la traite', 'contre la traite',
    ],
    es: [
      'trata de personas', 'trata de seres humanos', 'víctima* de trata', 'víctimas de la trata', 'trata de mujeres',
      'trata de niños', 'trata de menores', 'trata laboral', 'delito de trata', 'trata con fines', 'fines de explotación',
      'trabajo forzoso', 'trabajos forzados', 'trabajo forzado', 'esclavitud', 'reducción a servidumbre', 'servidumbre por deudas',
      'condición de servidumbre', 'explotación laboral', 'delitos en materia de trata', 'condición análoga a la esclavitud',
      'la trata', 'contra la trata', 'de trata',
    ],
    ar: [
      'الاتجار بالأشخاص', 'الاتجار بالبشر', 'الاتجار في الأشخاص', 'الاتجار في البشر', 'جرائم الاتجار بالأشخاص', 'ضحايا الاتجار',
      'السخرة', 'العمل القسري', 'العمل الجبري', 'الاستعباد', 'الرق', 'الممارسات الشبيهة بالرق', 'الاتجار بالأعضاء',
      'مكافحة الاتجار بالأشخاص',
    ],
    ru: [
      'торговл* людьми', 'торговля людьми', 'торговли людьми', 'использовани* рабск* труд*', 'рабск* труд*', 'купл* продаж* человек*',
      'принудительн* труд*', 'эксплуатаци* человека', 'рабств*', 'вербовк* в целях эксплуатации',
    ],
    de: [
      'menschenhandel*', '*menschenhandel', 'zwangsarbeit', 'zwangsprostitution', 'ausbeutung der arbeitskraft',
      'ausbeutung unter ausnutzung einer freiheitsberaubung', 'sklaverei', 'leibeigenschaft', 'schuldknechtschaft',
      'opfer von menschenhandel', 'organhandel',
    ],
    pt: [
      'tráfico de pessoas', 'tráfico internacional de pessoa*', 'tráfico interno de pessoa*', 'tráfico de seres humanos',
      'redução a condição análoga à de escravo', 'condição análoga à de escravo', 'trabalho escravo', 'trabalho forçado',
      'trabalhos forçados', 'escravidão', 'vítima* de tráfico',
    ],
    nl: [
      'mensenhandel', 'slachtoffer* van mensenhandel', 'gedwongen arbeid', 'dwangarbeid', 'slavernij', 'uitbuiting',
      'arbeidsuitbuiting', 'gedwongen prostitutie', 'orgaanhandel', 'handel in mensen', 'slavenhandel',
    ],
  },
  weak: {
    zh: ['卖淫', '收买', '剥削', '妇女、儿童', '被拐卖', '强迫', '拐骗', '强迫卖淫', '组织卖淫'],
    en: ['exploitation', 'prostitution', 'recruit*', 'harbour*', 'harbor*', 'coercion', 'abduction', 'deception', 'abuse of power', 'position of vulnerability', 'sexual exploitation', 'organ*', 'bondage', 'servitude', 'removal of organs'],
    fr: ['exploitation', 'prostitution', 'recrut*', 'hébergement', 'contrainte', 'enlèvement', 'tromperie', 'vulnérabilité', 'proxénétisme', 'travaux forcés', 'exploitation sexuelle', 'prélèvement d\'organes', 'exploitation de la prostitution'],
    es: ['explotación', 'prostitución', 'captación', 'reclutamiento', 'acogida', 'coacción', 'engaño', 'vulnerabilidad', 'rapto', 'sustracción', 'explotación sexual', 'explotación de la prostitución', 'proxenetismo', 'extracción de órganos', 'matrimonio forzado'],
    ar: ['الاستغلال', 'الدعارة', 'تجنيد', 'الإكراه', 'الخداع', 'الاستضعاف', 'الاختطاف', 'إيواء', 'الاستغلال الجنسي', 'نزع الأعضاء'],
    ru: ['эксплуатаци*', 'вербовк*', 'проституци*', 'принуждени*', 'обман*', 'похищени*', 'сексуальн* эксплуатаци*', 'изъяти* органов'],
    de: ['ausbeutung', 'prostitution', 'anwirbt', 'beherbergt', 'zwangslage', 'hilflosigkeit', 'freiheitsberaubung', 'ausbeutung von prostitution', 'zwangsheirat'],
    pt: ['exploração', 'prostituição', 'aliciar', 'agenciar', 'recrutar', 'alojar', 'coação', 'fraude', 'exploração sexual', 'remoção de órgãos', 'rufianismo'],
    nl: ['prostitutie', 'werving', 'dwang', 'kwetsbare positie', 'misleiding', 'seksuele uitbuiting'],
  },
  not: {
    fr: ['la traite bancaire', 'la traite tirée', 'la traite acceptée'],
    es: ['se trata de personas', 'trate de personas', 'tratándose de personas', 'se trata de', 'la trata con', 'la trata como'],
  },
};
