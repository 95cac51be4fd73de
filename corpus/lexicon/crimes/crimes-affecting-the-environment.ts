import type { CrimeLexicon } from './types.js';

/** Wildlife and forest crime, illegal fishing and mining, pollution and waste offences. */
export const crimesAffectingTheEnvironment: CrimeLexicon = {
  slug: 'crimes-affecting-the-environment',
  strong: {
    zh: [
      '影响环境的犯罪', '破坏环境资源', '污染环境', '危险废物', '盗伐林木', '滥伐林木', '非法采伐', '非法捕捞', '非法狩猎', '珍贵、濒危野生动物',
      '濒危野生动植物', '野生动物', '非法采矿', '走私废物', '破坏性采矿', '非法占用农用地', '非法收购、运输盗伐、滥伐的林木',
      '野生植物', '国家重点保护植物', '危害珍贵、濒危野生动物', '环境犯罪', '生态环境损害', '排放污染物', '盗伐', '滥伐',
      '濒危物种', '电鱼', '毒鱼', '炸鱼',
    ],
    en: [
      'wildlife', 'wildlife crime', 'crimes that affect the environment', 'crimes affecting the environment', 'crimes against the environment', 'endangered species', 'threatened species', 'protected species', 'poach*', 'illegal logging',
      'timber trafficking', 'hazardous waste*', 'toxic waste', 'environmental crime*', 'environmental offence*', 'environmental offense*',
      'illegal fishing', 'illegal, unreported and unregulated', 'iuu fishing', 'deforestation', 'ozone-depleting', 'ivory',
      'rhino horn', 'illegal mining', 'forest crime*', 'wild animal*', 'wild plant*', 'wild fauna', 'wild flora',
      'trade in endangered species', 'illegal wildlife trade', 'pollution offence*', 'dumping of waste', 'illegal dumping',
      'deleterious substance*', 'harmful alteration', 'fish habitat', 'marine mammal*', 'fisheries offence*',
      'convention on international trade in endangered species',
    ],
    fr: [
      'espèces menacées', 'espèce* protégée*', 'espèces de faune et de flore', 'faune sauvage', 'flore sauvage', 'braconnage',
      'déchets dangereux', 'infractions environnementales', 'infraction* en matière d\'environnement', 'atteinte* à l\'environnement',
      'commerce illicite d\'espèces', 'exploitation forestière illégale', 'pêche illicite', 'pêche illégale', 'espèce* sauvage*',
      'animal sauvage', 'animaux sauvages', 'végétal sauvage', 'végétaux sauvages', 'criminalité environnementale',
      'crimes environnementaux', 'pollution des eaux', 'substance nocive', 'habitat du poisson', 'mammifère* marin*',
      'trafic d\'espèces', 'déchets toxiques', 'mouvements transfrontières de déchets',
    ],
    es: [
      'residuos peligrosos', 'delitos que afectan al medio ambiente', 'delitos ambientales', 'delito ambiental', 'delitos contra el ambiente', 'delitos contra el medio ambiente',
      'fauna silvestre', 'flora silvestre', 'vida silvestre', 'especies amenazadas', 'especie* en peligro de extinción',
      'especie* protegida*', 'caza furtiva', 'tala ilegal', 'tala clandestina', 'pesca ilegal', 'tráfico de especies',
      'áreas naturales protegidas', 'área natural protegida', 'mamífero* marino*', 'tortuga* marina*', 'minería ilegal',
      'delitos contra la biodiversidad', 'daño ambiental', 'contaminación ambiental', 'desechos peligrosos', 'contaminare', 'envenenare',
    ],
    ar: [
      'الجرائم التي تمس البيئة', 'الكائنات الفطرية', 'الحياة الفطرية', 'الأنواع المهددة بالانقراض', 'النفايات الخطرة', 'الصيد الجائر', 'الاحتطاب',
      'الإضرار بالبيئة', 'الجرائم البيئية', 'المخالفات البيئية', 'الاتجار بالكائنات الفطرية', 'الحيوانات الفطرية', 'النباتات الفطرية',
      'تلويث البيئة', 'التلوث البيئي', 'الصيد غير المشروع', 'قطع الأشجار',
    ],
    ru: [
      'экологическ* преступлен*', 'преступлени* наносящ* ущерб окружающ* сред*', 'преступлени* против окружающ* сред*', 'незаконн* рубк*', 'незаконно заготовленн*', 'браконьерств*', 'незаконн* добыч*',
      'особо ценных диких животных', 'редких и находящихся под угрозой исчезновения', 'загрязнени* окружающ* сред*',
      'лесонарушени*', 'незаконн* охот*', 'опасн* отход*', 'особо охраняем* природн* территори*', 'уничтожение или повреждение лесных насаждений',
    ],
    de: [
      'gewässerverunreinigung', 'bodenverunreinigung', 'luftverunreinigung', 'unerlaubter umgang mit abfällen',
      'straftaten gegen die umwelt', 'umweltstraftat*', 'umweltkriminalität', 'wilderei', 'jagdwilderei', 'fischwilderei',
      'geschützte arten', 'artenschutz*', 'gefährliche abfälle', 'gefährdung schutzbedürftiger gebiete',
      'unerlaubtes betreiben von anlagen', 'besonders geschützte* tier*', 'besonders geschützte* pflanze*',
      'umweltgefährdende abfallbeseitigung',
    ],
    pt: [
      'crimes ambientais', 'crime ambiental', 'crimes contra o meio ambiente', 'fauna silvestre', 'espécies ameaçadas',
      'resíduos perigosos', 'desmatamento', 'caça ilegal', 'pesca ilegal', 'extração ilegal', 'espécime* da fauna',
      'unidades de conservação',
    ],
    nl: [
      'milieudelict*', 'milieucriminaliteit', 'milieustrafrecht', 'beschermde diersoorten', 'beschermde soorten', 'stroperij',
      'flora- en faunawet', 'gevaarlijke afvalstoffen', 'illegale houtkap', 'illegale visserij', 'bedreigde soorten',
      'milieuverontreiniging',
    ],
  },
  weak: {
    zh: ['环境保护', '生态环境', '污染', '林木', '森林', '渔业', '矿产资源', '废物', '排放', '生态', '倾倒', '禁渔', '自然保护区'],
    en: ['pollut*', 'environment*', 'waste*', 'emission*', 'timber', 'forest*', 'fisheries', 'fish', 'specimen*', 'protected area*', 'habitat*', 'conservation', 'contaminat*', 'discharge*'],
    fr: ['pollution', 'environnement*', 'déchet*', 'faune', 'flore', 'forêt*', 'pêche', 'spécimen*', 'habitat*', 'espèce*', 'rejet*'],
    es: ['medio ambiente', 'ambiente', 'contamin*', 'residuo*', 'fauna', 'flora', 'forestal*', 'pesca', 'ejemplar*', 'ecosistema*', 'especie*', 'maderable*', 'tortuga*', 'depredación'],
    ar: ['البيئة', 'التلوث', 'الصيد', 'الأشجار', 'المراعي', 'الغابات', 'الكائنات', 'الحيوانات', 'البيئية', 'النفايات', 'حماية البيئة', 'المحميات'],
    ru: ['окружающ* сред*', 'загрязнени*', 'отход*', 'лес*', 'древесин*', 'животн*', 'водн* биологическ* ресурс*', 'природ*', 'охран* лес*', 'защит* лес*', 'лесн* насаждени*'],
    de: ['umwelt*', 'abfall*', 'abfälle*', 'gewässer*', 'verunreinig*', 'tier*', 'pflanze*', 'jagd*', 'naturschutz*'],
    pt: ['meio ambiente', 'ambiental', 'fauna', 'flora', 'florest*', 'resíduo*', 'pesca', 'espécime*', 'poluição'],
    nl: ['milieu', 'afvalstof*', 'verontreinig*', 'dier*', 'planten', 'natuur*', 'wet milieubeheer'],
  },
  not: {
    en: ['ivory coast', 'waste of time'],
    zh: ['倾倒垃圾'],
  },
};
