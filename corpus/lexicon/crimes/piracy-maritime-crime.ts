import type { CrimeLexicon } from './types.js';

/** Piracy, armed robbery against ships and other crimes at sea (UNCLOS, SUA, ReCAAP). */
export const piracyMaritimeCrime: CrimeLexicon = {
  slug: 'piracy-maritime-crime',
  strong: {
    zh: ['海盗', '海上犯罪', '海事犯罪', '持械抢劫船舶', '劫持船只', '劫持船舶', '海上违法犯罪', '海上武装抢劫', '危害海上航行安全', '劫持航空器、船只'],
    en: [
      'piracy', 'armed robbery against ships', 'armed robbery at sea', 'maritime crime*', 'crimes at sea',
      'hijacking of a ship', 'hijacking of ships', 'seizure of a ship', 'seizure of ships', 'ship hijack*', 'hijacking a ship',
      'safety of maritime navigation', 'maritime piracy', 'piratical', 'hijacking of vessel*', 'seizing a ship',
      'seizing control of a ship', 'offences against maritime navigation', 'maritime fixed platform*', 'crime at sea',
    ],
    fr: [
      'piraterie', 'brigandage maritime', 'vol* à main armée à l\'encontre des navires', 'détournement de navire*',
      'sûreté de la navigation maritime', 'actes de piraterie', 'criminalité maritime', 'infractions maritimes',
      'saisie d\'un navire', 'prise de contrôle d\'un navire', 'plate-forme* fixe*',
    ],
    es: [
      'piratería', 'piratas', 'pirata', 'piratería marítima', 'robo a mano armada contra buques', 'apoderamiento de buque*',
      'apoderamiento de una embarcación', 'delitos marítimos', 'delincuencia marítima', 'seguridad de la navegación marítima',
      'secuestro de buque*', 'secuestro de embarcación*', 'apresen a mano armada',
    ],
    ar: ['القرصنة', 'القرصنة البحرية', 'القراصنة', 'السطو المسلح على السفن', 'الجرائم البحرية', 'الجريمة البحرية', 'خطف السفن', 'الاستيلاء على سفينة', 'سلامة الملاحة البحرية'],
    ru: ['пиратств*', 'пират*', 'морск* разбо*', 'захват* судна', 'захват* морского', 'угон судна', 'безопасност* морского судоходства', 'преступлен* на море'],
    de: ['seeräuberei', 'piraterie', 'seepiraterie', 'angriff* auf den luft- und seeverkehr', 'angriffe auf den see- und luftverkehr', 'angriff* auf den seeverkehr', 'sicherheit der seeschifffahrt', 'seeräuber*', 'piraten'],
    pt: ['pirataria marítima', 'piratas', 'roubo armado contra navios', 'roubo* a mão armada contra navio*', 'crime* marítimo*', 'sequestro de navio*', 'segurança da navegação marítima'],
    nl: ['zeeroof', 'zeerovers', 'piraterij', 'gewapende overval* op schepen', 'kaping van schepen', 'scheepskaping', 'veiligheid van de zeevaart', 'zeeroverij'],
  },
  weak: {
    zh: ['船舶', '海上', '海域', '航行安全', '船只'],
    en: ['pirate*', 'vessel*', 'ship*', 'high seas', 'maritime', 'navigation', 'territorial sea*', 'at sea', 'crew'],
    fr: ['pirate*', 'navire*', 'haute mer', 'maritime*', 'navigation', 'mer territoriale', 'équipage*'],
    es: ['buque*', 'embarcación*', 'alta mar', 'marítim*', 'navegación', 'mar territorial', 'tripulación'],
    ar: ['السفن', 'سفينة', 'أعالي البحار', 'البحرية', 'الملاحة', 'البحر الإقليمي'],
    ru: ['судн*', 'открыт* мор*', 'морск*', 'судоходств*', 'экипаж*'],
    de: ['schiff*', 'hohe see', 'hoher see', 'seeverkehr', 'besatzung*'],
    pt: ['navio*', 'embarcação*', 'alto-mar', 'alto mar', 'marítim*', 'navegação', 'tripulação'],
    nl: ['schip', 'schepen', 'vaartuig*', 'volle zee', 'zeevaart', 'bemanning'],
  },
  not: {
    en: ['software piracy', 'copyright piracy', 'music piracy', 'digital piracy', 'online piracy', 'piracy of copyright*', 'pirated', 'pirate* software', 'pirated copies', 'piracy of intellectual property', 'trademark piracy', 'product piracy'],
    fr: ['piraterie informatique', 'pirate* informatique*', 'piratage*', 'piraterie audiovisuelle', 'piraterie d\'œuvres', 'copies pirates', 'logiciel* pirate*'],
    es: ['piratería informática', 'piratas informáticos', 'pirata informático', 'piratería de obras', 'piratería de software', 'productos pirata*', 'mercancías pirata*', 'piratería de marcas', 'piratería en materia de derechos de autor'],
    ar: ['القرصنة الإلكترونية', 'القرصنة المعلوماتية', 'قرصنة المصنفات', 'قرصنة البرامج'],
    ru: ['компьютерн* пиратств*', 'интернет-пиратств*'],
    de: ['markenpiraterie', 'produktpiraterie', 'marken- und produktpiraterie'],
    pt: ['pirataria de software', 'pirataria digital'],
    nl: ['softwarepiraterij', 'piraterij van merken', 'merkenpiraterij'],
    zh: ['海盗版'],
  },
};
