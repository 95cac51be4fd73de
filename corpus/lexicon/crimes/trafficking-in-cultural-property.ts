import type { CrimeLexicon } from './types.js';

/** Theft, looting, illicit export/import and trafficking of cultural property, antiquities and heritage. */
export const traffickingInCulturalProperty: CrimeLexicon = {
  slug: 'trafficking-in-cultural-property',
  strong: {
    zh: [
      '文物', '文化遗产', '文化财产', '走私文物', '倒卖文物', '盗掘古文化遗址', '古墓葬', '珍贵文物', '出土文物', '古文化遗址',
      '文物保护', '非法出售、私赠文物藏品', '盗掘古人类化石', '文物出境',
    ],
    en: [
      'cultural property', 'cultural properties', 'cultural heritage', 'cultural object*', 'cultural goods', 'antiquities',
      'archaeological object*', 'archaeological site*', 'archaeological heritage', 'national treasure*', 'looted art',
      'looting of', 'illicit export of cultural', 'stolen cultural', 'heritage object*', 'historical monument*',
      'archaeological monument*', 'palaeontological heritage', 'paleontological heritage', 'export permit for cultural',
      'objects of cultural', 'trafficking in cultural', 'illicit trafficking of cultural',
    ],
    fr: [
      'biens culturels', 'bien culturel', 'trésors nationaux', 'trésor national', 'patrimoine culturel', 'patrimoine archéologique',
      'antiquités', 'fouilles archéologiques', 'biens archéologiques', 'objets archéologiques', 'trafic de biens culturels', 'exportation de biens culturels', 'archives publiques',
      'biens culturels mobiliers', 'patrimoine national',
    ],
    es: [
      'bienes culturales', 'bien cultural', 'patrimonio cultural', 'patrimonio arqueológico', 'patrimonio paleontológico',
      'patrimonio histórico', 'monumento* arqueológico*', 'monumento* histórico*', 'monumento* artístico*', 'zona* arqueológica*',
      'bienes arqueológicos', 'piezas arqueológicas', 'objetos arqueológicos', 'yacimientos arqueológicos', 'restos paleontológicos',
      'tráfico de bienes culturales', 'yacimiento* paleontológico*', 'objetos de interés arqueológico', 'antigüedades',
    ],
    ar: [
      'الممتلكات الثقافية', 'التراث الثقافي', 'القطع الأثرية', 'المواقع الأثرية', 'التراث العمراني', 'الآثار والمتاحف',
      'الآثار المنقولة', 'الآثار الثابتة', 'تهريب الآثار', 'الاتجار بالآثار', 'التنقيب عن الآثار', 'الممتلكات الأثرية',
    ],
    ru: [
      'культурн* ценност*', 'объект* культурного наследия', 'археологическ* предмет*', 'культурн* наследи*',
      'археологическ* наследи*', 'контрабанд* культурн*', 'предмет* археологии',
    ],
    de: [
      'kulturgut*', 'kulturgüter*', '*kulturgut', '*kulturgüter', 'kulturgutschutz*', 'nationales kulturgut',
      'archäologisch* kulturgut', 'kulturerbe', 'raubgrabung*', 'denkmalschutz*', 'bodendenkmal*', 'antiken',
    ],
    pt: [
      'bens culturais', 'bem cultural', 'patrimônio cultural', 'patrimônio histórico', 'patrimônio arqueológico',
      'bens arqueológicos', 'sítios arqueológicos', 'patrimônio histórico e artístico', 'antiguidades',
    ],
    nl: [
      'cultuurgoed*', 'cultuurgoederen', 'cultureel erfgoed', 'culturele goederen', 'archeologische vondst*',
      'archeologisch erfgoed', 'erfgoedwet', 'roerend erfgoed', 'beschermde cultuurgoederen',
    ],
  },
  weak: {
    zh: ['博物馆', '考古', '古迹', '遗址', '历史文化', '收藏'],
    en: ['archaeolog*', 'museum*', 'heritage', 'monument*', 'excavation*', 'artefact*', 'artifact*', 'export permit*', 'antique*', 'work* of art', 'provenance'],
    fr: ['archéolog*', 'musée*', 'patrimoine', 'monument*', 'monuments historiques', 'objets d\'art', 'fouille*', 'certificat d\'exportation', 'œuvre* d\'art', 'antiquaire*'],
    es: ['arqueológic*', 'museo*', 'patrimonio', 'monumento*', 'excavación*', 'paleontológic*', 'obra* de arte'],
    ar: ['الآثار', 'أثري*', 'الأثرية', 'المتاحف', 'التراث', 'التنقيب'],
    ru: ['археолог*', 'музе*', 'памятник*', 'наследи*', 'раскопк*'],
    de: ['archäolog*', 'museum*', 'museen', 'denkmal*', 'ausfuhrgenehmigung*', 'kunstwerk*'],
    pt: ['arqueológic*', 'museu*', 'monumento*', 'tombamento', 'coisa tombada', 'obra* de arte'],
    nl: ['archeolog*', 'museum*', 'musea', 'monument*', 'erfgoed', 'kunstvoorwerp*'],
  },
  not: {
    en: ['natural heritage'],
    es: ['patrimonio natural'],
  },
};
