/** The three Protocols supplementing the Organized Crime Convention (Trafficking in Persons, Smuggling of Migrants, Firearms). */
import type { Treaty } from '../treaties-types.js';
import { fromRows, type ArticleRow, type Titles } from './rows.js';

const UNTOC_NAME = {
  en: 'the United Nations Convention against Transnational Organized Crime',
  fr: 'la Convention des Nations Unies contre la criminalité transnationale organisée',
  es: 'la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
  ru: 'Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
  ar: 'لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
};

/** Article 1 of each Protocol: "Relation with the United Nations Convention against Transnational Organized Crime". */
const relation = (n: number): ArticleRow => [
  n,
  'Relation with the United Nations Convention against Transnational Organized Crime',
  'Relation avec la Convention des Nations Unies contre la criminalité transnationale organisée',
  'Relación con la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
  'Связь с Конвенцией Организации Объединенных Наций против транснациональной организованной преступности',
  '与《联合国打击跨国有组织犯罪公约》的关系',
  'العلاقة باتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
];

// Final clauses shared word for word by the three Protocols.
const FINAL = {
  disputes: ['Settlement of disputes', 'Règlement des différends', 'Solución de controversias', 'Урегулирование споров', '争端的解决', 'تسوية النـزاعات'],
  signature: ['Signature, ratification, acceptance, approval and accession', 'Signature, ratification, acceptation, approbation et adhésion', 'Firma, ratificación, aceptación, aprobación y adhesión', 'Подписание, ратификация, принятие, утверждение и присоединение', '签署、批准、接受、核准和加入', 'التوقيع والتصديق والقبول والإقرار والانضمام'],
  force: ['Entry into force', 'Entrée en vigueur', 'Entrada en vigor', 'Вступление в силу', '生效', 'بدء النفاذ'],
  amendment: ['Amendment', 'Amendement', 'Enmienda', 'Поправки', '修正', 'التعديل'],
  denunciation: ['Denunciation', 'Dénonciation', 'Denuncia', 'Денонсация', '退约', 'الانسحاب'],
  depositary: ['Depositary and languages', 'Dépositaire et langues', 'Depositario e idiomas', 'Депозитарий и языки', '保存人和语文', 'الوديع واللغات'],
} as const satisfies Record<string, Titles>;
const final = (n: number, key: keyof typeof FINAL): ArticleRow => [n, ...FINAL[key]];

export const TIP: Treaty = {
  code: 'TIP',
  labels: {
    en: `Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing ${UNTOC_NAME.en}`,
    fr: 'Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants',
    es: `Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, que complementa ${UNTOC_NAME.es}`,
    ru: `Протокол о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее, дополняющий ${UNTOC_NAME.ru}`,
    zh: '联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书',
    ar: `بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، المكمل ${UNTOC_NAME.ar}`,
  },
  short: {
    en: 'Trafficking in Persons Protocol',
    fr: 'Protocole relatif à la traite des personnes',
    es: 'Protocolo contra la trata de personas',
    ru: 'Протокол о торговле людьми',
    zh: '贩运人口议定书',
    ar: 'بروتوكول الاتجار بالأشخاص',
  },
  parent: 'UNTOC',
  adopted: '2000-11-15',
  // n, en, fr, es, ru, zh, ar
  articles: fromRows([
    relation(1),
    [2, 'Statement of purpose', 'Objet', 'Finalidad', 'Цели', '宗旨', 'بيان الأغراض'],
    [3, 'Use of terms', 'Terminologie', 'Definiciones', 'Термины', '术语的使用', 'المصطلحات المستخدمة'],
    [4, 'Scope of application', 'Champ d’application', 'Ámbito de aplicación', 'Сфера применения', '适用范围', 'نطاق الانطباق'],
    [5, 'Criminalization', 'Incrimination', 'Penalización', 'Криминализация', '刑事定罪', 'التجريم'],
    [6, 'Assistance to and protection of victims of trafficking in persons', 'Assistance et protection accordées aux victimes de la traite des personnes', 'Asistencia y protección a las víctimas de la trata de personas', 'Помощь жертвам торговли людьми и их защита', '对人口贩运活动被害人的帮助和保护', 'مساعدة ضحايا الاتجار بالأشخاص وحمايتهم'],
    [7, 'Status of victims of trafficking in persons in receiving States', 'Statut des victimes de la traite des personnes dans les États d’accueil', 'Régimen aplicable a las víctimas de la trata de personas en el Estado receptor', 'Статус жертв торговли людьми в принимающих государствах', '人口贩运活动被害人在接收国的地位', 'وضع ضحايا الاتجار بالأشخاص في الدول المستقبلة'],
    [8, 'Repatriation of victims of trafficking in persons', 'Rapatriement des victimes de la traite des personnes', 'Repatriación de las víctimas de la trata de personas', 'Репатриация жертв торговли людьми', '人口贩运活动被害人的遣返', 'إعادة ضحايا الاتجار بالأشخاص إلى أوطانهم'],
    [9, 'Prevention of trafficking in persons', 'Prévention de la traite des personnes', 'Prevención de la trata de personas', 'Предупреждение торговли людьми', '预防人口贩运', 'منع الاتجار بالأشخاص'],
    [10, 'Information exchange and training', 'Échange d’informations et formation', 'Intercambio de información y capacitación', 'Обмен информацией и подготовка кадров', '信息交流和培训', 'تبادل المعلومات والتدريب'],
    [11, 'Border measures', 'Mesures aux frontières', 'Medidas fronterizas', 'Меры пограничного контроля', '边界措施', 'التدابير الحدودية'],
    [12, 'Security and control of documents', 'Sécurité et contrôle des documents', 'Seguridad y control de los documentos', 'Надежность и контроль документов', '证件的安全和管制', 'أمن الوثائق ومراقبتها'],
    [13, 'Legitimacy and validity of documents', 'Légitimité et validité des documents', 'Legitimidad y validez de los documentos', 'Законность и действительность документов', '证件的合法性和有效性', 'شرعية الوثائق وصلاحيتها'],
    [14, 'Saving clause', 'Clause de sauvegarde', 'Cláusula de salvaguardia', 'Исключающее положение', '保留条款', 'شرط وقائي'],
    final(15, 'disputes'),
    final(16, 'signature'),
    final(17, 'force'),
    final(18, 'amendment'),
    final(19, 'denunciation'),
    final(20, 'depositary'),
  ]),
};

export const SOM: Treaty = {
  code: 'SOM',
  labels: {
    en: `Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing ${UNTOC_NAME.en}`,
    fr: `Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à ${UNTOC_NAME.fr}`,
    es: `Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa ${UNTOC_NAME.es}`,
    ru: `Протокол против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющий ${UNTOC_NAME.ru}`,
    zh: '联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书',
    ar: `بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو، المكمل ${UNTOC_NAME.ar}`,
  },
  short: {
    en: 'Smuggling of Migrants Protocol',
    fr: 'Protocole relatif au trafic illicite de migrants',
    es: 'Protocolo contra el tráfico ilícito de migrantes',
    ru: 'Протокол о незаконном ввозе мигрантов',
    zh: '偷运移民议定书',
    ar: 'بروتوكول تهريب المهاجرين',
  },
  parent: 'UNTOC',
  adopted: '2000-11-15',
  // n, en, fr, es, ru, zh, ar
  articles: fromRows([
    relation(1),
    [2, 'Statement of purpose', 'Objet', 'Finalidad', 'Цель', '宗旨', 'بيان الغرض'],
    [3, 'Use of terms', 'Terminologie', 'Definiciones', 'Термины', '术语的使用', 'المصطلحات المستخدمة'],
    [4, 'Scope of application', 'Champ d’application', 'Ámbito de aplicación', 'Сфера применения', '适用范围', 'نطاق الانطباق'],
    [5, 'Criminal liability of migrants', 'Responsabilité pénale des migrants', 'Responsabilidad penal de los migrantes', 'Уголовная ответственность мигрантов', '移民的刑事责任', 'المسؤولية الجنائية للمهاجرين'],
    [6, 'Criminalization', 'Incrimination', 'Penalización', 'Криминализация', '刑事定罪', 'التجريم'],
    [7, 'Cooperation', 'Coopération', 'Cooperación', 'Сотрудничество', '合作', 'التعاون'],
    [8, 'Measures against the smuggling of migrants by sea', 'Mesures contre le trafic illicite de migrants par mer', 'Medidas contra el tráfico ilícito de migrantes por mar', 'Меры по борьбе с незаконным ввозом мигрантов по морю', '打击海上偷运移民的措施', 'تدابير مكافحة تهريب المهاجرين عن طريق البحر'],
    [9, 'Safeguard clauses', 'Clauses de protection', 'Cláusulas de protección', 'Защитительные положения', '保护条款', 'شروط وقائية'],
    [10, 'Information', 'Information', 'Información', 'Информация', '资料', 'المعلومات'],
    [11, 'Border measures', 'Mesures aux frontières', 'Medidas fronterizas', 'Меры пограничного контроля', '边界措施', 'التدابير الحدودية'],
    [12, 'Security and control of documents', 'Sécurité et contrôle des documents', 'Seguridad y control de los documentos', 'Надежность и контроль документов', '证件的安全和管制', 'أمن الوثائق ومراقبتها'],
    [13, 'Legitimacy and validity of documents', 'Légitimité et validité des documents', 'Legitimidad y validez de los documentos', 'Законность и действительность документов', '证件的合法性和有效性', 'شرعية الوثائق وصلاحيتها'],
    [14, 'Training and technical cooperation', 'Formation et coopération technique', 'Capacitación y cooperación técnica', 'Подготовка кадров и техническое сотрудничество', '培训和技术合作', 'التدريب والتعاون التقني'],
    [15, 'Other prevention measures', 'Autres mesures de prévention', 'Otras medidas de prevención', 'Другие меры по предупреждению', '其他预防措施', 'تدابير المنع الأخرى'],
    [16, 'Protection and assistance measures', 'Mesures de protection et d’assistance', 'Medidas de protección y asistencia', 'Меры защиты и помощи', '保护和援助措施', 'تدابير الحماية والمساعدة'],
    [17, 'Agreements and arrangements', 'Accords et arrangements', 'Acuerdos y arreglos', 'Соглашения и договоренности', '协定和安排', 'الاتفاقات والترتيبات'],
    [18, 'Return of smuggled migrants', 'Retour des migrants objet d’un trafic illicite', 'Repatriación de los migrantes objeto de tráfico ilícito', 'Возвращение незаконно ввезенных мигрантов', '被偷运移民的返回', 'إعادة المهاجرين المهرَّبين'],
    [19, 'Saving clause', 'Clause de sauvegarde', 'Cláusula de salvaguardia', 'Исключающее положение', '保留条款', 'شرط وقائي'],
    final(20, 'disputes'),
    final(21, 'signature'),
    final(22, 'force'),
    final(23, 'amendment'),
    final(24, 'denunciation'),
    final(25, 'depositary'),
  ]),
};

export const FP: Treaty = {
  code: 'FP',
  labels: {
    en: `Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing ${UNTOC_NAME.en}`,
    fr: `Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions, additionnel à ${UNTOC_NAME.fr}`,
    es: `Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y componentes y municiones, que complementa ${UNTOC_NAME.es}`,
    ru: `Протокол против незаконного изготовления и оборота огнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему, дополняющий ${UNTOC_NAME.ru}`,
    zh: '联合国打击跨国有组织犯罪公约关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书',
    ar: `بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة غير مشروعة، المكمل ${UNTOC_NAME.ar}`,
  },
  short: {
    en: 'Firearms Protocol',
    fr: 'Protocole relatif aux armes à feu',
    es: 'Protocolo sobre armas de fuego',
    ru: 'Протокол об огнестрельном оружии',
    zh: '枪支议定书',
    ar: 'بروتوكول الأسلحة النارية',
  },
  parent: 'UNTOC',
  adopted: '2001-05-31',
  // n, en, fr, es, ru, zh, ar
  articles: fromRows([
    relation(1),
    [2, 'Statement of purpose', 'Objet', 'Finalidad', 'Цель', '宗旨', 'بيان الغرض'],
    [3, 'Use of terms', 'Terminologie', 'Definiciones', 'Термины', '术语的使用', 'المصطلحات المستخدمة'],
    [4, 'Scope of application', 'Champ d’application', 'Ámbito de aplicación', 'Сфера применения', '适用范围', 'نطاق الانطباق'],
    [5, 'Criminalization', 'Incrimination', 'Penalización', 'Криминализация', '刑事定罪', 'التجريم'],
    [6, 'Confiscation, seizure and disposal', 'Confiscation, saisie et disposition', 'Decomiso, incautación y disposición', 'Конфискация, арест и утилизация', '没收、扣押和处置', 'المصادرة والضبط والتصرف'],
    [7, 'Record-keeping', 'Conservation des informations', 'Registros', 'Хранение информации', '记录的保存', 'حفظ السجلات'],
    [8, 'Marking of firearms', 'Marquage des armes à feu', 'Marcación de las armas de fuego', 'Маркировка огнестрельного оружия', '枪支的标识', 'وسم الأسلحة النارية'],
    [9, 'Deactivation of firearms', 'Neutralisation des armes à feu', 'Desactivación de las armas de fuego', 'Деактивация огнестрельного оружия', '枪支的停用', 'تعطيل الأسلحة النارية'],
    [10, 'General requirements for export, import and transit licensing or authorization systems', 'Obligations générales concernant les systèmes de licences ou d’autorisations d’exportation, d’importation et de transit', 'Requisitos generales para sistemas de licencias o autorizaciones de exportación, importación y tránsito', 'Общие требования в отношении систем выдачи лицензий или разрешений на экспорт, импорт и транзит', '出口、进口和过境许可证或授权制度的一般要求', 'الاشتراطات العامة لنظم رخص أو أذون التصدير والاستيراد والعبور'],
    [11, 'Security and preventive measures', 'Mesures de sécurité et de prévention', 'Medidas de seguridad y prevención', 'Меры безопасности и предупреждения', '安全和预防措施', 'تدابير الأمن والمنع'],
    [12, 'Information', 'Information', 'Información', 'Информация', '资料', 'المعلومات'],
    [13, 'Cooperation', 'Coopération', 'Cooperación', 'Сотрудничество', '合作', 'التعاون'],
    [14, 'Training and technical assistance', 'Formation et assistance technique', 'Capacitación y asistencia técnica', 'Подготовка кадров и техническая помощь', '培训和技术援助', 'التدريب والمساعدة التقنية'],
    [15, 'Brokers and brokering', 'Courtiers et courtage', 'Corredores y corretaje', 'Брокеры и брокерская деятельность', '经纪人和经纪活动', 'السماسرة والسمسرة'],
    final(16, 'disputes'),
    final(17, 'signature'),
    final(18, 'force'),
    final(19, 'amendment'),
    final(20, 'denunciation'),
    final(21, 'depositary'),
  ]),
};
