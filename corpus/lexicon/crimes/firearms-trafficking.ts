import type { CrimeLexicon } from './types.js';

/** Firearms Protocol: illicit manufacturing of and trafficking in firearms, parts, ammunition; marking, licensing. */
export const firearmsTrafficking: CrimeLexicon = {
  slug: 'firearms-trafficking',
  strong: {
    zh: [
      '枪支', '枪支、弹药', '走私武器、弹药', '非法制造、买卖、运输、邮寄、储存枪支', '私藏枪支', '非法持有、私藏枪支、弹药',
      '非法携带枪支', '枪支管理', '贩运枪支', '非法买卖枪支', '走私武器', '槍支', '军火', '非法制造枪支', '仿真枪',
    ],
    en: [
      'firearm*', 'illicit trafficking in firearms', 'weapons trafficking', 'arms trafficking', 'gun trafficking', 'firearms trafficking',
      'trafficking in firearms', 'trafficking in weapons', 'straw purchas*', 'ghost gun*', 'illicit manufacturing of firearms',
      'prohibited weapon*', 'restricted weapon*', 'handgun*', 'machine gun*', 'automatic weapon*', 'gun crime*', 'gun violence',
      'small arms', 'light weapons', 'illicit arms', 'arms smuggling', 'weapons smuggling', 'gun smuggling',
    ],
    fr: [
      'arme* à feu', 'trafic d\'armes', 'trafic illicite d\'armes', 'arme* à autorisation restreinte', 'fabrication illicite d\'armes', 'armes de poing', 'armes légères',
      'armurier*', 'cession d\'armes', 'armes de guerre',
    ],
    es: [
      'arma* de fuego', 'tráfico de armas', 'tráfico ilícito de armas', 'tráfico ilícito de armas de fuego',
      'armas y explosivos', 'armas de uso exclusivo',
      'armas de guerra', 'fabricación ilícita de armas', 'armas cortas', 'armas largas', 'armas ligeras',
      'armas pequeñas', 'armero*', 'tenencia de armas', 'tenencia ilegal de arma*',
    ],
    ar: [
      'الأسلحة النارية', 'سلاح ناري', 'أسلحة نارية', 'الأسلحة والذخائر', 'الأسلحة والذخيرة', 'تهريب الأسلحة',
      'الاتجار بالأسلحة', 'الاتجار غير المشروع بالأسلحة', 'نظام الأسلحة', 'الأسلحة الخفيفة',
    ],
    ru: [
      'огнестрельн* оружи*', 'незаконн* оборот* оружи*', 'оружи*, его основных частей', 'незаконн* изготовлени* оружи*',
      'незаконн* приобретени* оружи*', 'контрабанд* оружи*', 'торговл* оружи*',
    ],
    de: [
      'schusswaff*', '*schusswaffe', '*schusswaffen', 'waffenhandel', '*waffenhandel', 'kriegswaffe*',
      'waffenbesitzkarte*', 'waffenschein*', 'unerlaubter waffenhandel', 'verbotene waffe*', 'halbautomatisch* waff*',
      'vollautomatisch* waff*', 'waffenhändler*', 'waffenherstell*',
    ],
    pt: [
      'arma* de fogo', 'tráfico de armas', 'tráfico internacional de arma* de fogo', 'comércio ilegal de arma* de fogo',
      'porte ilegal de arma*', 'posse irregular de arma*', 'armas de uso restrito',
    ],
    nl: [
      'vuurwapen*', 'wapenhandel', 'wet wapens en munitie', 'handel in wapens', 'illegale wapens', 'wapensmokkel',
      'automatische vuurwapens', 'wapenhandelaar*',
    ],
  },
  weak: {
    zh: ['弹药', '武器', '爆炸物', '管制刀具', '持枪'],
    en: ['weapon*', 'gun*', 'rifle*', 'pistol*', 'explosive*', 'armament*', 'arms', 'ammunition'],
    fr: ['arme*', 'explosi*', 'fusil*', 'pistolet*', 'carabine*', 'munitions', 'armes prohibées', 'armes et munitions'],
    es: ['arma*', 'explosivo*', 'pistola*', 'fusil*', 'cartucho*', 'municiones', 'portación de arma*', 'acopio de armas', 'armamento*'],
    ar: ['الأسلحة', 'السلاح', 'المتفجرات', 'سلاح', 'الذخائر', 'الذخيرة'],
    ru: ['оружи*', 'взрывчат*', 'взрывн* устройств*', 'патрон*', 'боеприпас*'],
    de: ['waffe*', 'gewehr*', 'pistole*', 'sprengstoff*', 'patrone*', 'munition'],
    pt: ['arma*', 'explosivo*', 'pistola*', 'fuzil*', 'acessório*', 'munição', 'munições'],
    nl: ['wapen*', 'explosie*', 'geweer*', 'pistool*', 'munitie'],
  },
  not: {
    en: ['nuclear weapon*', 'chemical weapon*', 'biological weapon*'],
    fr: ['munitions de pêche'],
  },
};
