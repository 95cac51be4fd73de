import type { CrimeLexicon } from './types.js';

/** Falsified, counterfeit and substandard medicines and medical devices (MEDICRIME). */
export const falsifiedMedicalProducts: CrimeLexicon = {
  slug: 'falsified-medical-products',
  strong: {
    zh: ['伪造医疗产品', '伪造的医疗产品', '假药', '劣药', '生产、销售假药', '生产、销售、提供假药', '生产、销售、提供劣药', '伪劣药品', '假冒药品', '妨害药品管理', '假藥', '劣藥', '不符合保障人体健康的国家标准、行业标准的医疗器械', '伪造药品'],
    en: [
      'falsified medic*', 'counterfeit medic*', 'counterfeit drug*', 'counterfeit pharmaceutical*', 'fake medicine*',
      'falsified drug*', 'substandard and falsified', 'substandard or falsified', 'falsified medicinal product*',
      'counterfeit medical device*', 'falsified medical device*', 'counterfeit health product*', 'adulterated drug*',
      'misbranded drug*', 'medicrime',
    ],
    fr: [
      'médicaments falsifiés', 'médicament falsifié', 'produits médicaux falsifiés', 'produit médical falsifié',
      'contrefaçon de médicaments', 'contrefaçon des médicaments', 'médicaments contrefaits', 'médicament contrefait',
      'falsification de médicaments', 'falsification des médicaments', 'produits de santé falsifiés', 'dispositifs médicaux falsifiés',
      'drogue falsifiée', 'drogue* falsifiée*', 'drogue* falsifiée* ou adultérée*', 'drogue* contrefaite*',
    ],
    es: [
      'medicamentos falsificados', 'medicamento falsificado', 'productos médicos falsificados', 'falsificación de medicamentos',
      'medicamento* adulterado*', 'productos farmacéuticos falsificados', 'medicamentos fraudulentos', 'dispositivos médicos falsificados',
      'adulteración de medicamentos', 'medicamentos ilegítimos',
    ],
    ar: [
      'المنتجات الطبية المغشوشة', 'المنتجات الطبية المزيفة', 'الأدوية المغشوشة', 'الأدوية المزيفة', 'الأدوية المقلدة', 'المستحضرات المغشوشة', 'المستحضرات الصيدلانية المغشوشة',
      'غش الأدوية', 'المستحضرات المقلدة', 'الدواء المغشوش', 'الدواء المزيف', 'المستحضر المغشوش', 'المستحضرات المزيفة',
    ],
    ru: [
      'фальсифицированн* медицинск* продукци*', 'фальсифицированн* лекарствен*', 'недоброкачественн* лекарствен*', 'контрафактн* лекарствен*', 'фальсифицированн* медицинск* издели*',
      'фальсифицированн* биологическ* активн* добавк*', 'незарегистрированн* лекарствен*',
    ],
    de: [
      'gefälscht* arzneimittel*', 'arzneimittelfälschung*', 'gefälscht* wirkstoff*', 'gefälschter arzneimittel',
      'gefälscht* medizinprodukt*', 'arzneimittelkriminalität',
    ],
    pt: [
      'produto destinado a fins terapêuticos ou medicinais', 'medicamentos falsificados', 'medicamento falsificado',
      'falsificação de medicamentos', 'produtos terapêuticos falsificados', 'medicamento* adulterado*',
    ],
    nl: ['vervalst* geneesmiddel*', 'namaakgeneesmiddel*', 'vervalste medische hulpmiddelen', 'vervalsing van geneesmiddelen'],
  },
  weak: {
    zh: ['药品', '医疗器械', '药品管理', '药品监督'],
    en: ['drug*', 'medicin*', 'pharmac*', 'medical device*', 'adulterat*', 'misbrand*', 'false, misleading or deceptive', 'therapeutic product*'],
    fr: ['médicament*', 'pharmac*', 'drogue*', 'falsifi*', 'adultér*', 'dispositif* médica*'],
    es: ['medicamento*', 'farmac*', 'falsific*', 'adulter*', 'dispositivo* médico*'],
    ar: ['الأدوية', 'الدواء', 'المستحضرات', 'الصيدل*', 'مغشوش*', 'مقلد*'],
    ru: ['лекарствен*', 'медицинск* издели*', 'фальсифицир*'],
    de: ['arzneimittel*', 'wirkstoff*', 'fälschung*', 'medizinprodukt*'],
    pt: ['medicament*', 'terapêutic*', 'medicina*', 'falsific*', 'adulter*'],
    nl: ['geneesmiddel*', 'vervals*'],
  },
  /** Adulterating, falsifying or mislabelling a drug/medicine in one provision. */
  pairs: {
    zh: [[['假药', '劣药', '伪造', '假冒', '以非药品冒充药品'], ['药品', '药物', '医疗器械']]],
    en: [[['adulterat*', 'falsif*', 'counterfeit*', 'false, misleading or deceptive', 'misbrand*', 'fake'], ['drug*', 'medicine*', 'medicinal product*', 'medical device*', 'pharmaceutical*']]],
    fr: [[['falsifi*', 'contrefa*', 'adultér*', 'fausse*', 'trompeuse*'], ['médicament*', 'drogue*', 'produit* de santé', 'instrument* médica*']]],
    es: [[['falsific*', 'adulter*', 'contamin*', 'alter*'], ['medicamento*', 'producto* farmacéutico*', 'fines terapéuticos', 'dispositivo* médico*']]],
    ar: [[['مغشوش*', 'مقلد*', 'مزيف*', 'غش'], ['الأدوية', 'الدواء', 'دواء', 'المستحضرات', 'مستحضر*']]],
    ru: [[['фальсифицир*', 'недоброкачественн*', 'контрафактн*'], ['лекарствен*', 'медицинск* издели*']]],
    de: [[['gefälscht*', 'fälschung*', 'verfälscht*'], ['arzneimittel*', 'wirkstoff*', 'medizinprodukt*']]],
    pt: [[['falsific*', 'adulter*', 'corromp*', 'alter*'], ['medicament*', 'fins terapêuticos', 'medicinais', 'produtos terapêuticos']]],
    nl: [[['vervals*', 'namaak*'], ['geneesmiddel*', 'medische hulpmiddel*']]],
  },
};
