import type { CrimeLexicon } from './types.js';

/** UNTOC art. 23 (and art. 24–25 witness protection): interfering with witnesses, evidence and justice officials. */
export const obstructionOfJustice: CrimeLexicon = {
  slug: 'obstruction-of-justice',
  strong: {
    zh: [
      '妨害司法', '妨害作证', '帮助毁灭、伪造证据', '打击报复证人', '伪证罪', '窝藏、包庇',
      '拒不执行判决、裁定', '扰乱法庭秩序', '泄露不应公开的案件信息', '虚假诉讼', '以暴力、威胁、贿买等方法阻止证人作证',
      '指使他人作伪证', '辩护人、诉讼代理人毁灭、伪造证据', '妨碍司法',
    ],
    en: [
      'obstruction of justice', 'obstruct* justice', 'obstructing justice', 'pervert* the course of justice',
      'perverting the course of justice', 'witness tampering', 'tampering with a witness', 'tamper* with a witness',
      'tampering with witnesses', 'intimidation of a justice system participant', 'intimidating a justice system participant',
      'intimidation of witness*', 'intimidat* a witness', 'retaliat* against a witness', 'retaliating against a witness',
      'influencing a juror', 'embracery', 'fabricating evidence', 'subornation', 'suborn*', 'obstruction of proceedings', 'obstruct* criminal investigation*',
      'interference with witnesses',
      'compounding an indictable offence', 'defeating the course of justice',
    ],
    fr: [
      'entrave* à la justice', 'entrave* au bon fonctionnement de la justice', 'entrave* à l\'exercice de la justice',
      'subornation*', 'suborneur*', 'intimidation de témoin*', 'intimidation d\'un témoin', 'entraver le cours de la justice',
      'entrave au cours de la justice', 'menaces envers un témoin', 'pression* sur* témoin*', 'atteinte* à l\'action de la justice',
      'entraves à la saisine de la justice', 'entraves à l\'exercice de la justice', 'participant du système judiciaire',
      'intimidation d\'une personne associée au système judiciaire', 'destruction de preuves', 'subornation de témoin*',
    ],
    es: [
      'obstrucción de la justicia', 'obstrucción a la justicia', 'soborno de testigo*', 'intimidación de testigos',
      'amenaza* a testigos', 'coacción de testigos', 'entorpecimiento de la justicia',
      'personas que colaboran con la justicia', 'manipulación de testigos', 'destrucción de pruebas',
    ],
    ar: [
      'عرقلة سير العدالة', 'عرقلة العدالة', 'إعاقة سير العدالة', 'المشمول بالحماية', 'المشمولين بالحماية', 'التأثير على الشهود', 'تهديد الشهود', 'إخفاء الأدلة', 'إتلاف الأدلة',
    ],
    ru: [
      'воспрепятствовани* осуществлени* правосуди*', 'принуждени* к даче показаний', 'подкуп или принуждение к даче показаний', 'фальсификаци* доказательств*',
      'преступления против правосудия', 'угроза или насильственные действия в связи с осуществлением правосудия',
    ],
    de: [
      'strafvereitelung', 'verleitung zur falschaussage', 'zeugenbeeinflussung',
      'strafvereitelung im amt', 'bedrohung von zeugen', 'beweismittelunterdrückung', 'nötigung von zeugen',
    ],
    pt: [
      'coação no curso do processo', 'obstrução da justiça',
      'embaraçar a investigação', 'embaraça a investigação',
    ],
    nl: [
      'belemmering van de rechtsgang', 'belemmeren van de rechtsgang', 'bedreiging van getuigen', 'omkoping van getuigen', 'misdrijven tegen het openbaar gezag', 'heling van personen',
    ],
  },
  title: {
    zh: ['证人保护', '保护证人', '保护举报人'],
    en: ['witness protection', 'protection of witnesses', 'protection of whistleblowers'],
    fr: ['protection des témoins', 'protection de témoins'],
    es: ['protección de testigos', 'protección a testigos', 'protección de los testigos'],
    ar: ['حماية الشهود', 'حماية المبلغين'],
    ru: ['защит* свидетел*', 'государственн* защит* потерпевш*'],
    de: ['zeugenschutz*'],
    pt: ['proteção a testemunhas', 'proteção de testemunhas'],
    nl: ['getuigenbescherming'],
  },
  weak: {
    zh: ['证人', '证据', '作证', '司法', '举报人', '鉴定人', '伪证', '包庇', '窝藏', '证人保护', '保护证人', '保护举报人'],
    en: ['witness*', 'juror*', 'evidence', 'testimony', 'judicial proceeding*', 'justice system participant*', 'intimidat*', 'threat*', 'whistleblower*', 'perjury', 'false testimony', 'witness protection', 'protection of witnesses', 'protected witness*', 'whistleblower protection'],
    fr: ['témoin*', 'témoignage*', 'preuve*', 'juré*', 'procédure judiciaire', 'intimidation', 'menace*', 'faux témoignage*', 'protection des témoins', 'témoin* protégé*'],
    es: ['testigo*', 'testimonio', 'prueba*', 'perito*', 'procedimiento judicial', 'intimidación', 'amenaza*', 'falso testimonio', 'encubrimiento', 'favorecimiento', 'delitos contra la administración de justicia', 'protección de testigos', 'testigo* protegido*'],
    ar: ['الشهود', 'شاهد', 'الأدلة', 'الخبير', 'المبلغ', 'تهديد', 'الحماية', 'الشهادة', 'الشاهد', 'شهادة الزور', 'حماية الشهود', 'حماية المبلغين'],
    ru: ['свидетел*', 'показани*', 'доказательств*', 'потерпевш*', 'эксперт*', 'угроз*', 'заведомо ложн* показани*', 'укрывательств*', 'защит* свидетел*'],
    de: ['zeuge*', 'zeugin*', 'aussage*', 'beweis*', 'gericht*', 'drohung*', 'falschaussage*', 'meineid', 'begünstigung', 'zeugenschutz*'],
    pt: ['testemunha*', 'depoimento', 'prova*', 'perito*', 'processo judicial', 'ameaça*', 'falso testemunho', 'fraude processual', 'favorecimento pessoal', 'crimes contra a administração da justiça', 'proteção a testemunhas', 'proteção de testemunhas'],
    nl: ['getuige*', 'verklaring*', 'bewijs*', 'rechter*', 'bedreiging*', 'meineed', 'getuigenbescherming', 'bedreigde getuige*'],
  },
  not: {
    en: ['enforcement of the witness', 'witness statement*'],
    ar: ['الشاهد العدل'],
  },
};
