import type { Labels } from './labels.js';

/** The 15 crime categories, in SHERLOC's order. The slugs are the public contract. */
export const CRIMES = [
  {
    slug: 'participation-in-organized-criminal-group',
    labels: {
      en: 'Participation in an organized criminal group',
      fr: 'Participation à un groupe criminel organisé',
      es: 'Participación en un grupo delictivo organizado',
      ru: 'Участие в организованной преступной группе',
      ar: 'المشاركة في جماعة إجرامية منظمة',
      zh: '参与有组织犯罪集团',
    },
  },
  { slug: 'corruption', labels: { en: 'Corruption', fr: 'Corruption', es: 'Corrupción', ru: 'Коррупция', ar: 'الفساد', zh: '腐败' } },
  { slug: 'counterfeiting', labels: { en: 'Counterfeiting', fr: 'Contrefaçon', es: 'Falsificación', ru: 'Контрафакция', ar: 'التزييف', zh: '伪造' } },
  {
    slug: 'drug-trafficking',
    labels: { en: 'Drug trafficking', fr: 'Trafic de drogues', es: 'Tráfico de drogas', ru: 'Незаконный оборот наркотиков', ar: 'الاتجار بالمخدرات', zh: '贩毒' },
  },
  {
    slug: 'money-laundering',
    labels: { en: 'Money laundering', fr: 'Blanchiment d’argent', es: 'Blanqueo de dinero', ru: 'Отмывание денег', ar: 'غسل الأموال', zh: '洗钱' },
  },
  {
    slug: 'obstruction-of-justice',
    labels: { en: 'Obstruction of justice', fr: 'Entrave au bon fonctionnement de la justice', es: 'Obstrucción de la justicia', ru: 'Воспрепятствование осуществлению правосудия', ar: 'عرقلة سير العدالة', zh: '妨碍司法' },
  },
  { slug: 'cybercrime', labels: { en: 'Cybercrime', fr: 'Cybercriminalité', es: 'Delito cibernético', ru: 'Киберпреступность', ar: 'الجريمة السيبرانية', zh: '网络犯罪' } },
  {
    slug: 'piracy-maritime-crime',
    labels: { en: 'Piracy and maritime crime', fr: 'Piraterie et criminalité maritime', es: 'Piratería y delitos marítimos', ru: 'Пиратство и морская преступность', ar: 'القرصنة والجرائم البحرية', zh: '海盗行为和海事犯罪' },
  },
  {
    slug: 'smuggling-of-migrants',
    labels: { en: 'Smuggling of migrants', fr: 'Trafic illicite de migrants', es: 'Tráfico ilícito de migrantes', ru: 'Незаконный ввоз мигрантов', ar: 'تهريب المهاجرين', zh: '偷运移民' },
  },
  {
    slug: 'trafficking-in-persons',
    labels: { en: 'Trafficking in persons', fr: 'Traite des personnes', es: 'Trata de personas', ru: 'Торговля людьми', ar: 'الاتجار بالأشخاص', zh: '贩运人口' },
  },
  {
    slug: 'trafficking-in-cultural-property',
    labels: { en: 'Trafficking in cultural property', fr: 'Trafic de biens culturels', es: 'Tráfico de bienes culturales', ru: 'Незаконный оборот культурных ценностей', ar: 'الاتجار بالممتلكات الثقافية', zh: '贩运文化财产' },
  },
  {
    slug: 'crimes-affecting-the-environment',
    labels: { en: 'Crimes that affect the environment', fr: 'Infractions portant atteinte à l’environnement', es: 'Delitos que afectan al medio ambiente', ru: 'Преступления, наносящие ущерб окружающей среде', ar: 'الجرائم التي تمس البيئة', zh: '影响环境的犯罪' },
  },
  {
    slug: 'falsified-medical-products',
    labels: { en: 'Falsified medical products', fr: 'Produits médicaux falsifiés', es: 'Productos médicos falsificados', ru: 'Фальсифицированная медицинская продукция', ar: 'المنتجات الطبية المغشوشة', zh: '伪造医疗产品' },
  },
  {
    slug: 'firearms-trafficking',
    labels: { en: 'Firearms trafficking', fr: 'Trafic d’armes à feu', es: 'Tráfico de armas de fuego', ru: 'Незаконный оборот огнестрельного оружия', ar: 'الاتجار بالأسلحة النارية', zh: '贩运枪支' },
  },
  { slug: 'terrorism', labels: { en: 'Terrorism', fr: 'Terrorisme', es: 'Terrorismo', ru: 'Терроризм', ar: 'الإرهاب', zh: '恐怖主义' } },
] as const satisfies readonly { slug: string; labels: Labels }[];

export type CrimeSlug = (typeof CRIMES)[number]['slug'];
export const CRIME_SLUGS = CRIMES.map((c) => c.slug) as unknown as readonly [CrimeSlug, ...CrimeSlug[]];
