/** Function words dropped from the words sent to the engine (normalised like the query: lowercase, no diacritics). */
import { normalizeText } from '../../corpus/lexicon/normalize.js';

const LISTS = {
  en: 'a an and are as at be by for from has have how in into is it its of on or that the their this to was were what when where which who why with without do does some other over again any all can under against between about',
  fr: 'a au aux avec ce ces dans de des du elle en et est il ils la le les leur lui mais ne ou par pas pour qu que qui sa se ses son sur un une d l s y sont été etre être comme dont leurs cette cet contre entre sous',
  es: 'a al como con contra de del desde el ella en entre es esta este la las le lo los o para pero por que se sin sobre su sus un una y ya son cómo cuando donde e u mas más ante bajo hacia hasta según',
  ru: 'а в во и к как на не но о об от по при с со у что это из за для до или его ее её их же ли то та те тот также без над под через между после',
  ar: 'في من على الى إلى عن مع او أو ان أن هذا هذه ذلك التي الذي التى ثم كل قد ما لا بين عند و',
  de: 'der die das den dem des ein eine einer eines einem einen und oder in im ist sind von vom zu zum zur mit auf für bei aus nach über unter wie als auch nicht sich es',
  pt: 'a o os as de do da dos das e em no na nos nas um uma para por com que se ao aos sem sobre entre como mas ou',
  nl: 'de het een en van in op te met voor aan door bij of als die dat er is zijn tot uit over naar om niet ook',
};

export const STOPWORDS: ReadonlySet<string> = new Set(
  Object.values(LISTS).flatMap((l) => l.split(/\s+/)).map((w) => normalizeText(w)).filter(Boolean),
);
