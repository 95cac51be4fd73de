import type { CrimeLexicon } from './types.js';

/** Offences against and by means of computer systems (Budapest Convention arts. 2–11), online fraud. */
export const cybercrime: CrimeLexicon = {
  slug: 'cybercrime',
  strong: {
    zh: [
      '网络犯罪', '计算机信息系统', '非法侵入', '破坏计算机信息系统', '网络攻击', '电信网络诈骗', '网络诈骗', '黑客',
      '计算机病毒', '恶意程序', '窃取网络数据', '干扰他人网络', '侵入他人网络', '帮助信息网络犯罪活动', '非法利用信息网络',
      '拒不履行信息网络安全管理义务', '网络入侵', '电信诈骗', '网络违法犯罪', '网络安全事件', '破坏性程序', '電腦', '網絡犯罪',
      '电子数据取证', '网络黑灰产',
    ],
    en: [
      'cybercrime*', 'cyber-crime*', 'cyber crime*', 'computer crime*', 'computer-related offence*', 'computer-related crime*',
      'computer fraud', 'computer-related fraud', 'computer-related forgery', 'illegal access', 'unauthorized access to a computer',
      'unauthorised access to a computer', 'unauthorized use of computer', 'hacking', 'hacker*', 'malware', 'ransomware',
      'phishing', 'botnet*', 'denial of service', 'denial-of-service', 'data interference', 'system interference',
      'illegal interception', 'misuse of devices', 'cyberattack*', 'cyber attack*', 'cyber-attack*', 'computer virus*',
      'mischief in relation to computer data', 'cyber-enabled', 'cyber-dependent', 'cybercriminal*', 'malicious code',
      'computer intrusion*', 'spyware', 'keylogger*', 'cyber fraud', 'online fraud', 'digital forensic*', 'computer forensic*',
      'cyber-attacks', 'dark web', 'darknet',
    ],
    fr: [
      'cybercriminalité', 'cybercrimin*', 'cyberattaque*', 'cyber-attaque*', 'cybercrime*', 'système* de traitement automatisé*',
      'accès frauduleux', 'traitement ou de transmission automatisé*', 'en matière informatique', 'piratage informatique', 'pirate* informatique*', 'fraude informatique', 'logiciel* malveillant*',
      'rançongiciel*', 'hameçonnage', 'virus informatique*', 'infraction* informatique*', 'criminalité informatique',
      'atteinte* aux systèmes', 'utilisation non autorisée d\'ordinateur', 'méfait concernant des données informatiques',
      'attaque* informatique*', 'déni de service', 'intrusion* informatique*', 'cyberdélinquance', 'hacker*', 'hacking',
      'maliciel*', 'cheval de troie', 'botnet*', 'usurpation d\'identité numérique',
    ],
    es: [
      'delitos informáticos', 'delito informático', 'delito* cibernético*', 'ciberdelincuencia', 'ciberdelito*', 'ciberdelincuen*', 'cibercrimen*', 'cibercriminal*',
      'dato* informático*', 'sistema* informático*', 'acceso ilícito', 'acceso ilegítimo', 'fraude informático', 'daño informático',
      'hackeo', 'hacker*', 'malware', 'ransomware', 'phishing', 'ciberataque*', 'programa* malicioso*', 'código malicioso',
      'interceptación ilícita', 'interferencia en el sistema', 'interferencia en los datos', 'manipulación informática',
      'sistemas o equipos de informática', 'equipos de informática', 'acceso ilícito a sistemas', 'suplantación de identidad',
      'forense* informátic*', 'evidencia digital',
    ],
    ar: [
      'الجرائم المعلوماتية', 'الجريمة المعلوماتية', 'جرائم المعلوماتية', 'مكافحة الجرائم المعلوماتية', 'الجرائم الإلكترونية',
      'الجريمة الإلكترونية', 'الجرائم السيبرانية', 'الجريمة السيبرانية', 'الهجمات السيبرانية', 'الهجمات الإلكترونية',
      'القرصنة الإلكترونية', 'القرصنة المعلوماتية', 'الاختراق الإلكتروني', 'البرامج الضارة', 'التصيد الاحتيالي',
      'الدخول غير المشروع إلى',
    ],
    ru: [
      'компьютерн* информаци*', 'неправомерн* доступ*', 'вредоносн* компьютерн* программ*', 'киберпреступн*', 'кибератак*',
      'мошенничеств* в сфере компьютерной информации', 'хакер*',
      'критическ* информационн* инфраструктур*',
    ],
    de: [
      'computerbetrug', 'computersabotage', 'ausspähen von daten', 'abfangen von daten', 'datenveränderung',
      'cyberkriminalität', 'cybercrime', 'hacker*', 'schadsoftware', 'computerkriminalität', 'fälschung beweiserheblicher daten',
      'datenhehlerei', 'vorbereiten des ausspähens', 'cyberangriff*', 'phishing',
    ],
    pt: [
      'crimes cibernéticos', 'crime cibernético', 'dispositivo informático', 'dispositivos informáticos',
      'invasão de dispositivo informático', 'crimes informáticos', 'crime informático', 'cibercrime*', 'ataque* cibernético*',
      'fraude eletrônica', 'dados informáticos', 'hacker*',
    ],
    nl: [
      'computervredebreuk', 'cybercrime', 'computercriminaliteit', 'geautomatiseerd* werk*', 'binnendringen in een geautomatiseerd werk',
      'hacken', 'hacker*', 'cyberaanval*', 'computerfraude', 'malware', 'ransomware', 'phishing',
    ],
  },
  weak: {
    zh: ['网络安全', '计算机', '信息网络', '网络运营者', '数据', '个人信息', '网络', '电子数据', '取证'],
    en: ['computer*', 'computer system*', 'computer data', 'data', 'network*', 'online', 'internet', 'cybersecurity', 'cyber security', 'electronic evidence', 'digital evidence', 'password*', 'encryption', 'forensic*', 'device*', 'unauthorized access', 'unauthorised access', 'identity theft'],
    fr: ['informatique*', 'données informatiques', 'système informatique', 'réseau*', 'internet', 'en ligne', 'cybersécurité', 'données', 'mot de passe'],
    es: ['informática*', 'informático', 'ciberseguridad', 'internet', 'red*', 'datos', 'sin la debida autorización', 'en línea', 'contraseña*', 'forense*', 'análisis forense'],
    ar: ['الإلكتروني*', 'المعلوماتي*', 'الحاسب الآلي', 'الحاسب', 'البيانات', 'الشبكة', 'الإنترنت', 'الاختراق', 'النظام المعلوماتي', 'الشبكة المعلوماتية', 'الأمن السيبراني'],
    ru: ['компьютер*', 'информаци*', 'сет* интернет', 'электронн*', 'информационно-телекоммуникационн* сет*'],
    de: ['daten', 'computer*', 'informationssystem*', 'internet', 'netz*', 'datenverarbeitungsanlage*'],
    pt: ['informática', 'dados', 'internet', 'rede*', 'senha*', 'computador*', 'sistema* informatizado*', 'sistemas de informações'],
    nl: ['gegevens', 'computer*', 'internet', 'netwerk*', 'computersysteem*', 'computergegevens'],
  },
  not: {
    en: ['unauthorized access to the premises', 'illegal access to the territory'],
    ar: ['الدخول غير المشروع إلى المملكة', 'الدخول غير المشروع إلى البلاد'],
  },
};
