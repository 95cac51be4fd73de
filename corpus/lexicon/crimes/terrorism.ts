import type { CrimeLexicon } from './types.js';

/** Terrorist offences and the financing of terrorism (1999 Convention), violent extremism. */
export const terrorism: CrimeLexicon = {
  slug: 'terrorism',
  strong: {
    zh: ['恐怖主义', '恐怖活动', '恐怖组织', '恐怖分子', '恐怖袭击', '反恐怖', '极端主义', '资助恐怖', '暴力恐怖', '恐怖主義', '恐怖活動'],
    en: [
      'terroris*', 'counter-terroris*', 'counterterroris*', 'anti-terroris*', 'violent extremis*', 'financing of terrorism',
      'terrorist financing', 'terrorist activity financing', 'terrorist group*', 'terrorist organization*', 'terrorist act*',
      'foreign terrorist fighter*',
    ],
    fr: ['terroris*', 'antiterroris*', 'anti-terroris*', 'contre-terroris*', 'extrémisme violent', 'financement du terrorisme', 'entreprise terroriste'],
    es: ['terroris*', 'antiterroris*', 'financiamiento del terrorismo', 'financiación del terrorismo', 'extremismo violento'],
    ar: ['الإرهاب', 'إرهاب*', 'الإرهابية', 'الإرهابي', 'الإرهابيين', 'تمويل الإرهاب', 'مكافحة الإرهاب', 'التطرف العنيف', 'العمليات الإرهابية'],
    ru: ['террор*', 'террористическ*', 'терроризм*', 'финансирование терроризма', 'антитеррористическ*', 'экстремистск* сообществ*', 'экстремистск* организаци*'],
    de: ['terroris*', '*terrorismus', 'terrorismusfinanzierung', 'terroristische vereinigung*', 'gewalttätig* extremismus', 'staatsgefährdend* gewalttat*'],
    pt: ['terroris*', 'antiterroris*', 'financiamento do terrorismo', 'extremismo violento'],
    nl: ['terroris*', 'terroristisch*', 'financiering van terrorisme', 'gewelddadig extremisme', 'jihadis*'],
  },
  weak: {
    zh: ['极端', '暴力', '爆炸', '劫持', '人质'],
    en: ['extremis*', 'hostage*', 'bomb*', 'explosive*', 'radicali*', 'sanction*', 'listed entit*'],
    fr: ['extrémis*', 'otage*', 'explosi*', 'radicalis*'],
    es: ['extremis*', 'rehén*', 'rehenes', 'explosivo*', 'radicaliz*'],
    ar: ['التطرف', 'الرهائن', 'المتفجرات', 'تفجير'],
    ru: ['экстремизм*', 'экстремистск*', 'заложник*', 'взрыв*'],
    de: ['extremis*', 'geisel*', 'sprengstoff*', 'radikalisier*'],
    pt: ['extremis*', 'refém', 'reféns', 'explosivo*'],
    nl: ['extremis*', 'gijzel*', 'explosie*', 'radicalis*'],
  },
  not: {
    ru: ['терроризировал*'],
  },
};
