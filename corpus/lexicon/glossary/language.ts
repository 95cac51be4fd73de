/**
 * Per-language helpers for query analysis: stopwords, low-salience legal words, light stemming
 * and Arabic clitic stripping. Everything here works on text already passed through
 * normalizeText (lowercase, no Latin diacritics, й→и, unified Arabic letters), so the lists are
 * normalised once at load and written here in their natural spelling.
 */
import { normalizeText } from '../normalize.js';

const RAW_STOPWORDS: Record<string, string> = {
  en: `a an the of in on at to for from by with without and or nor but as is are was were be been being this that these
    those it its their there which who whom whose what when where how why not no any all some such other into over under
    between against about within through during than then so if also shall may must can should would could will do does did
    has have had i we you he she they our your his her them us me my vs via per upon whether both each either get got again`,
  fr: `le la les l un une des du de d et ou mais donc or ni car en au aux a à dans par pour sur sous avec sans ce cet cette
    ces se sa son ses leur leurs qui que qu quoi dont où ne pas plus est sont été être il elle ils elles on nous vous je
    tu y s c n j m t lors entre vers chez tout tous toute toutes afin ainsi comme si selon contre lequel laquelle
    lesquels auquel auxquels duquel`,
  es: `el la los las lo un una unos unas de del al y e o u ni pero en a ante bajo con contra desde durante entre hacia
    hasta mediante para por según sin sobre tras que quien quienes cual cuales cuyo cuya se su sus le les es son fue ser
    está están este esta estos estas ese esa esos esas aquel no sí como más muy ya también cómo qué cuando donde porque`,
  pt: `o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas para com sem sob
    sobre entre e ou mas que se seu sua seus suas é são foi ser como mais não contra até após`,
  de: `der die das den dem des ein eine einer eines einem einen und oder aber in im ins an am auf aus bei mit nach von vom
    zu zum zur für über unter gegen ohne durch um als wie ist sind war wird werden wurde sich nicht kein keine auch es er
    sie wir ihr dass daß bzw sowie`,
  nl: `de het een en of in op aan van voor met door bij uit tot over onder tegen zonder als is zijn was wordt worden niet
    geen ook er die dat deze dit hun haar te om naar`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще
    нет о об из ему когда даже ну ли если уже или ни быть был него до вас опять уж вам ведь там потом себя ничего ей
    может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто
    этот того потому этого какой ним здесь этом один почти мой тем чтобы нее были куда при два другой после над больше
    тот через эти нас про всего них какая много три эту свою этой перед том такой им более всегда между либо также`,
  ar: `في من الى إلى على عن مع او أو و ثم ان أن إن كان كانت التي الذي الذين اللذين هذا هذه ذلك تلك هو هي هم ما لا لم
    لن قد كل بين عند غير بعد قبل حتى اذا إذا اي أي ايضا أيضا ضد عبر خلال لدى نحو منذ ب ل ك ف`,
};

/** Words that say little about the topic in a legal query (kept only when there is room). */
const RAW_WEAK: Record<string, string> = {
  en: 'law laws act acts article articles section sections provision provisions state states country countries rules',
  fr: 'loi lois article articles disposition dispositions état états pays code',
  es: 'ley leyes artículo artículos disposición disposiciones estado estados país países código',
  pt: 'lei leis artigo artigos disposição estado estados país código',
  de: 'gesetz gesetze artikel paragraf vorschrift vorschriften staat staaten',
  nl: 'wet wetten artikel artikelen bepaling bepalingen staat staten',
  ru: 'закон закона закон статья статьи положение положения государство государства страна',
  ar: 'قانون نظام المادة مادة الدولة الدول البلد',
};

/** Chinese function words at which residual text is cut into chunks. */
export const ZH_STOP = ['以及', '关于', '对于', '的', '与', '和', '及', '或', '了', '对', '在'];

function toSets(raw: Record<string, string>): Record<string, Set<string>> {
  const out: Record<string, Set<string>> = {};
  for (const [lang, words] of Object.entries(raw)) out[lang] = new Set(words.split(/\s+/).filter(Boolean).map(normalizeText));
  return out;
}

export const STOPWORDS: Readonly<Record<string, Set<string>>> = toSets(RAW_STOPWORDS);
export const WEAK_WORDS: Readonly<Record<string, Set<string>>> = toSets(RAW_WEAK);
/** Union of all stopword lists: a gap word inside a multi-word term may come from any language. */
export const ANY_STOPWORD: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flatMap((s) => [...s]));

export function isStopword(word: string, lang: string): boolean {
  return STOPWORDS[lang]?.has(word) ?? false;
}

const RU_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ыи', 'ии', 'ои', 'еи', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие',
  'ых', 'их', 'ую', 'юю', 'ов', 'ев', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'ия', 'ию', 'ью', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь',
];
const DE_ENDINGS = ['en', 'em', 'er', 'es', 'e', 'n', 's'];
const NL_ENDINGS = ['en', 's', 'e'];

function stripFirst(word: string, endings: readonly string[], keep: number): string {
  for (const e of endings) if (word.endsWith(e) && word.length - e.length >= keep) return word.slice(0, -e.length);
  return word;
}

/**
 * A light, language-specific stem: enough to equate singular/plural and gender/case variants
 * ("organisées"/"organisé", "personas"/"persona", "отмывания"/"отмывание"), not a full stemmer.
 */
export function lightStem(word: string, lang: string): string {
  if (word.length < 4) return word;
  switch (lang) {
    case 'en':
      if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
      return stripFirst(word, ['ing', 'ed', 'es', 's', 'e'], 4);
    case 'fr':
      return word.replace(/[sx]$/, '').replace(/e+$/, '') || word;
    case 'es':
    case 'pt': {
      const w = word.replace(/s$/, '');
      return w.length > 3 ? w.replace(/[aeo]$/, '') : w;
    }
    case 'de':
      return stripFirst(word, DE_ENDINGS, 4);
    case 'nl':
      return stripFirst(word, NL_ENDINGS, 4);
    case 'ru':
      return stripFirst(word, RU_ENDINGS, 3);
    case 'ar':
      return stripFirst(word, ['ات', 'ين', 'ون', 'ان', 'ه', 'ي'], 3);
    default:
      return word;
  }
}

/**
 * Forms of an Arabic word without its proclitics (و ف, ب ل ك, the article ال/لل) and a light
 * suffix strip, so "والمعدنية" meets "المعدنية" and "معدنية", and "أموال" meets "الأموال".
 */
export function arabicForms(word: string): string[] {
  const forms = new Set<string>([word]);
  const add = (w: string): void => {
    if (w.length >= 3) forms.add(w);
  };
  for (const f of [...forms]) if (/^[وف]/.test(f) && f.length > 3) add(f.slice(1));
  for (const f of [...forms]) if (/^[بلك]/.test(f) && f.length > 3) add(f.slice(1));
  for (const f of [...forms]) {
    if (f.startsWith('ال') && f.length > 4) add(f.slice(2));
    if (f.startsWith('لل') && f.length > 4) add(f.slice(2));
  }
  for (const f of [...forms]) add(lightStem(f, 'ar'));
  return [...forms];
}
