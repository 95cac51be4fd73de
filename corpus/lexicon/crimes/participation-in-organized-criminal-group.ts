import type { CrimeLexicon } from './types.js';

/** UNTOC art. 5: participation in an organized criminal group, criminal associations, racketeering. */
export const participationInOrganizedCriminalGroup: CrimeLexicon = {
  slug: 'participation-in-organized-criminal-group',
  strong: {
    zh: ['有组织犯罪', '犯罪集团', '黑社会性质组织', '黑社会性质的组织', '黑社会', '恶势力', '犯罪组织', '有組織犯罪', '犯罪集團', '黑社會', '涉黑', '涉恶'],
    en: [
      'organized criminal group*', 'organised criminal group*', 'organized crime group*', 'organised crime group*',
      'organized crime', 'organised crime', 'criminal organization*', 'criminal organisation*',
      'transnational criminal organization*', 'transnational criminal organisation*', 'criminal enterprise*',
      'continuing criminal enterprise', 'racketeer*', 'mafia*', 'mafia-type', 'criminal gang*',
      'participation in an organized criminal group', 'participation in a criminal organization',
      'participation in activities of criminal organization', 'criminal association*', 'organized criminal activit*',
      'organised criminal activit*', 'structured group', 'association or conspiracy to commit', 'conspiracy to commit any of the offences',
    ],
    fr: [
      'organisation* criminelle*', 'groupe* criminel* organisé*', 'criminalité organisée', 'crime organisé',
      'bande* organisée*', 'association* de malfaiteurs', 'association de malfaiteurs', 'associations criminelles', 'association ou l\'entente',
      'association ou entente', 'entente en vue de commettre', 'l\'association ou l\'entente en vue de commettre', 'entente établie en vue', 'groupement formé ou entente établie',
      'association criminelle', 'gangstérisme', 'groupe structuré', 'participation à un groupe criminel',
      'participation aux activités d\'une organisation criminelle', 'mafia*', 'de type mafieux',
    ],
    es: [
      'grupo* delictivo* organizado*', 'delincuencia organizada', 'crimen organizado', 'criminalidad organizada',
      'organización* criminal*', 'organizaciones criminales', 'organización* delictiva*', 'organizaciones delictivas',
      'asociación ilícita', 'asociaciones ilícitas', 'asociación delictuosa', 'asociación delictiva',
      'asociación criminal', 'grupo* criminal*', 'banda* criminal*', 'propósito de delinquir', 'concierto para delinquir',
      'grupo estructurado', 'la asociación y la confabulación para cometer', 'asociación y confabulación', 'mafia*', 'carteles de la droga', 'cártel de la droga', 'pandilla*', 'delincuencia organizada transnacional',
    ],
    ar: [
      'جماعة إجرامية منظمة', 'جماعات إجرامية منظمة', 'الجريمة المنظمة', 'الجرائم المنظمة', 'منظمة إجرامية',
      'منظمات إجرامية', 'عصابة إجرامية', 'عصابات إجرامية', 'تنظيم إجرامي', 'تنظيمات إجرامية', 'جماعة إجرامية',
      'جماعات إجرامية', 'جماعة ذات هيكل تنظيمي', 'الإجرام المنظم',
    ],
    ru: [
      'организованн* преступн* групп*', 'преступн* сообществ*', 'преступн* организаци*', 'организованн* преступност*',
      'бандитизм*', 'организованной группой', 'организованная группа', 'организованной группы', 'банда',
      'преступн* групп*',
    ],
    de: [
      'kriminell* vereinigung*', 'organisiert* kriminalität', 'bildung krimineller vereinigungen',
      'mafia*', 'kriminell* organisation*', 'organisiert* kriminell* gruppe*', '§ 129 des strafgesetzbuch*',
      'vereinigung im sinne des § 129', '§ 129 abs', '§§ 129', '§ 129 stgb',
    ],
    pt: [
      'organização criminosa', 'organizações criminosas', 'crime organizado', 'associação criminosa',
      'associações criminosas', 'grupo* criminoso* organizado*', 'quadrilha*', 'milícia privada', 'milícias privadas',
      'constituição de milícia', 'criminalidade organizada', 'máfia*',
    ],
    nl: [
      'criminele organisatie*', 'criminele groep*', 'georganiseerde criminaliteit', 'georganiseerde misdaad',
      'georganiseerde criminele groep*', 'misdaadorganisatie*', 'deelneming aan een organisatie',
      'organisatie die tot oogmerk heeft het plegen van misdrijven', 'maffia*', 'criminele vereniging*',
    ],
  },
  weak: {
    zh: ['组织、领导', '积极参加', '首要分子', '共同犯罪', '团伙', '保护伞', '集团'],
    en: ['conspir*', 'gang*', 'criminal network*', 'criminal group*', 'syndicate*', 'cartel*', 'serious crime*', 'enterprise', 'member of', 'organized', 'organised', 'crime groups', 'transnational crime'],
    fr: ['entente', 'association', 'bande', 'réseau* criminel*', 'gang*', 'infraction* grave*', 'membre', 'criminalité transnationale'],
    es: ['cártel*', 'banda*', 'asociación', 'concierto', 'red* criminal*', 'delito* grave*', 'integrante*', 'miembro*', 'tres o más personas'],
    ar: ['عصابة', 'عصابات', 'اتفاق جنائي', 'جريمة خطيرة', 'جرائم خطيرة', 'ثلاثة أشخاص أو أكثر', 'عضو*'],
    ru: ['сговор*', 'участи*', 'соучаст*', 'тяжк* преступлен*', 'руководител*', 'организатор*'],
    de: ['bande*', 'bandenmäßig*', 'vereinigung*', 'mitglied*', 'gruppe*', 'rädelsführer*', 'hintermänner'],
    pt: ['bando', 'associação', 'associarem-se', 'três ou mais pessoas', 'integrante*', 'membro*', 'milícia*'],
    nl: ['bende*', 'organisatie*', 'deelneming', 'samenwerkingsverband*', 'lid'],
  },
  // Names of the Convention cite it; they do not make a text about organized crime.
  not: {
    zh: ['联合国打击跨国有组织犯罪公约', '打击跨国有组织犯罪公约', '有组织犯罪公约'],
    en: [
      'organized crime convention', 'organised crime convention', 'transnational organized crime convention',
      'convention against transnational organized crime', 'convention against transnational organised crime',
      'conference of the parties to the united nations convention against transnational organized crime',
    ],
    fr: ['convention des nations unies contre la criminalité transnationale organisée', 'convention contre la criminalité transnationale organisée', 'convention contre la criminalité organisée'],
    es: ['convención de las naciones unidas contra la delincuencia organizada transnacional', 'convención contra la delincuencia organizada transnacional', 'convención contra la delincuencia organizada', 'ley federal contra la delincuencia organizada'],
    ar: ['اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية', 'اتفاقية مكافحة الجريمة المنظمة'],
    ru: ['конвенци* организации объединенных наций против транснациональной организованной преступности', 'конвенци* против транснациональной организованной преступности'],
    de: ['übereinkommen der vereinten nationen gegen die grenzüberschreitende organisierte kriminalität', 'übereinkommens der vereinten nationen gegen die grenzüberschreitende organisierte kriminalität'],
    pt: ['convenção das nações unidas contra o crime organizado transnacional', 'convenção contra o crime organizado transnacional'],
    nl: ['verdrag van de verenigde naties tegen grensoverschrijdende georganiseerde misdaad', 'tegen grensoverschrijdende georganiseerde misdaad', 'tegen transnationale georganiseerde misdaad', 'tegen de grensoverschrijdende georganiseerde misdaad'],
  },
};
