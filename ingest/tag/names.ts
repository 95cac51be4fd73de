/**
 * Names of laws, treaties and institutions that contain a crime term ("Controlled Drugs and
 * Substances Act", "Ley Federal contra la Delincuencia Organizada", "Betäubungsmittelgesetz",
 * 《反洗钱法》, "هيئة الرقابة ومكافحة الفساد"). Citing such a name is a reference to another
 * instrument, not a provision addressing the crime, so these hits do not count for tagging.
 */

/** Words that name an instrument or body, in the Latin-script languages. */
const NAME_WORDS = String.raw`Acts?|Laws?|Ley|Leyes|Loi|Lois|Lei|Estatuto|Statute|Statut|Code|Código|Codigo|Convention|Convención|Convencion|Convenio|Convenção|Protocol|Protocolo|Protocole|Office|Oficina|Bureau|Agency|Authority|Commission|Comisión|Comision|Fiscalía|Fiscalia|Procuraduría|Secretaría|Ministry|Ministerio|Ministère|Übereinkommen|Verdrag|Wet|Decreto|Decree|Décret|Reglamento|Regulations?|Règlement|Juzgados?|Tribunal|Tribunales|Tribunaux|Courts?|Cour|Unidad|Unit|Division|Direction|Dirección|Service|Servicio|Department|Departamento`;
/** Lowercase words allowed inside a name: "of the", "contra la", "sur les", "gegen die", ... */
const CONNECTORS = String.raw`of|and|the|on|for|against|in|to|de|del|la|las|los|el|contra|sobre|para|y|e|en|sur|le|les|des|du|et|à|au|aux|relative|relatif|relativa|da|do|das|dos|em|no|na|und|über|gegen|zur|zum|der|die|das|den|van|het|tegen|inzake|op`;
const TOKEN = String.raw`(?:${CONNECTORS}|[A-ZÁÉÍÓÚÀÈÂÊÎÔÛÇÑÜÄÖ0-9][\p{L}\p{N}’'.°º/-]*|\([\p{L}\p{N} ]+\)|N[°º.]?|n[°º]|nº)`;
const BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${NAME_WORDS})(?:[\s,]+${TOKEN})*\s+$`, 'u');
const AFTER_RE = new RegExp(String.raw`^(?:\s+${TOKEN})*?\s+(?:${NAME_WORDS})(?![\p{L}])`, 'u');
const GERMAN_LAW_WORD = /(?:gesetz|gesetzes|gesetzbuch|gesetzbuches|verordnung|übereinkommen|übereinkommens|abkommen|abkommens)$/iu;
const ARABIC_BEFORE = /(?:نظام|قانون|اتفاقي[ةه]|هيئ[ةه]|لائح[ةه]|بروتوكول)(?:\s+(?:[وف]?(?:مكافح[ةه]|منع|حماي[ةه]|الرقاب[ةه]|ال\S+)))?\s+\S{0,3}$/u;
const RUSSIAN_BEFORE = /(?:закон\S*|кодекс\S*|конвенци\S*|постановлени\S*|протокол\S*)[^«»]{0,40}«[^«»]*$/iu;

/** True when the hit at [start, end) of `original` is part of the name of an instrument or body. */
export function isNameMention(original: string, start: number, end: number): boolean {
  const before = original.slice(Math.max(0, start - 120), start);
  const after = original.slice(end, end + 120);
  // Chinese: names of laws and treaties are written in 《》.
  const open = before.lastIndexOf('《');
  if (open >= 0 && before.indexOf('》', open) < 0 && /^[^《]*》/.test(after)) return true;
  if (/[\u0400-\u04ff]/.test(original.slice(start, end))) return RUSSIAN_BEFORE.test(before) && /^[^«»]*»/.test(after);
  if (/[\u0600-\u06ff]/.test(original.slice(start, end))) return ARABIC_BEFORE.test(before.slice(-40));
  const word = original.slice(start, end) + (/^[\p{L}-]*/u.exec(after)?.[0] ?? '');
  if (GERMAN_LAW_WORD.test(word)) return true;
  // Latin scripts: a capitalised phrase that starts or ends with a name word ("la Trata de Personas").
  if (!/^(?:(?:la|las|los|el|de|del|the|of|le|les|du|des|der|die|das|da|do)\s+)*\p{Lu}/u.test(original.slice(start, end))) return false;
  const sentence = /\n\s*\n|[.;:](?=\s)/;
  return BEFORE_RE.test(before.split(sentence).pop() ?? '') || AFTER_RE.test(after.split(sentence)[0] ?? '');
}
