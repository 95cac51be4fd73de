/**
 * Labels of Mexican federal laws as the Cámara de Diputados PDFs write them: articles
 * (`Artículo 2o. Bis.-`, `ARTICULO 10 Bis.-`), transitory articles (`PRIMERO.-`, `Décimo
 * Primero.`, `ÚNICO.-`), the headings that open the transitory part (`TRANSITORIOS`,
 * `ARTÍCULOS TRANSITORIOS DE DECRETOS DE REFORMA`) and the headers of amending decrees.
 */

const SUFFIX = '(?:Bis|Ter|Qu[áa]ter|Quintus|Quinquies|Sextus|Sexies|Septimus|Septies|Octies|Nonies|Decies)';
// `2o. Bis`, `145-Bis`, `11 Bis 1`, `215-A` (a single letter only after a hyphen).
const SUFFIX_PART = `(?:\\s*\\.?\\s*-?\\s*${SUFFIX}\\b(?:\\s+\\d+\\b)?|\\s*-\\s*[A-Z]\\b)`;
const END = '(\\.\\s*-|-|\\.|:)(?=\\s|$)';
const ARTICLE_LABEL = new RegExp(
  `^(?:ART[ÍI]CULO|Art[íi]culo)\\s+(\\d+)\\s*(?:o|º|°)?(${SUFFIX_PART}*)(\\s*\\.?\\s*Transitorio\\b)?\\s*${END}`, 'i',
);
const UNITS: Record<string, number> = { primero: 1, segundo: 2, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, septimo: 7, octavo: 8, noveno: 9 };
const ORD = '(?:primero|segundo|tercero|cuarto|quinto|sexto|s[ée]ptimo|octavo|noveno)';
const ORDINAL = `(?:(?:d[ée]cimo|vig[ée]simo)\\s*${ORD}?|und[ée]cimo|duod[ée]cimo|${ORD}|[úu]nico)`;
const TRANSITORY_LABEL = new RegExp(`^(?:ART[ÍI]CULO\\s+)?(${ORDINAL})(\\s+transitorio)?\\s*${END}`, 'i');
const ORDINAL_ONLY = new RegExp(`^${ORDINAL}$`, 'i');

export interface ArticleLabel {
  /** As written, without the closing `.-`: `Artículo 2o. Bis`. */
  number: string;
  /** For the key: `2 bis`. */
  keyPart: string;
  /** Integer part. */
  value: number;
  transitory: boolean;
  /** Length of the label including its closing punctuation and following spaces. */
  length: number;
}

export function articleLabel(line: string): ArticleLabel | null {
  const m = ARTICLE_LABEL.exec(line);
  if (!m) return null;
  const suffix = m[2].replace(/[.-]/g, ' ').trim();
  const number = m[0].slice(0, m[0].length - m[4].length).trim();
  const length = m[0].length + (/^\s*/.exec(line.slice(m[0].length))?.[0].length ?? 0);
  return { number, keyPart: `${m[1]} ${suffix}`.trim(), value: Number(m[1]), transitory: Boolean(m[3]), length };
}

export interface TransitoryLabel {
  number: string;
  /** 1 for `PRIMERO` and `ÚNICO`, 11 for `Décimo Primero`. */
  value: number;
  keyPart: string;
  length: number;
}

/** Numeric value of a Spanish ordinal (`Décimo Primero` → 11); `único` → 1. */
export function ordinalValue(word: string): number {
  const w = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, '');
  if (w === 'unico') return 1;
  if (w === 'undecimo') return 11;
  if (w === 'duodecimo') return 12;
  let tens = 0;
  let rest = w;
  if (rest.startsWith('decimo')) { tens = 10; rest = rest.slice(6); }
  if (rest.startsWith('vigesimo')) { tens = 20; rest = rest.slice(8); }
  return tens + (UNITS[rest] ?? 0);
}

export function transitoryLabel(line: string): TransitoryLabel | null {
  const m = TRANSITORY_LABEL.exec(line);
  if (!m) return null;
  const word = m[1];
  const number = m[0].slice(0, m[0].length - m[3].length).trim();
  const unico = /^[úu]nico$/i.test(word);
  const length = m[0].length + (/^\s*/.exec(line.slice(m[0].length))?.[0].length ?? 0);
  return { number, value: ordinalValue(word), keyPart: unico ? 'unico' : String(ordinalValue(word)), length };
}

export function isOrdinalWord(text: string): boolean {
  return ORDINAL_ONLY.test(text.trim());
}

/** `TRANSITORIOS`, `TRANSITORIO`, `ARTÍCULOS TRANSITORIOS DE DECRETOS DE REFORMA`, `Transitorios`. */
export function isTransitoryHeading(line: string): boolean {
  return /^(?:ART[ÍI]CULOS?\s+)?TRANSITORIOS?\b/.test(line) || /^Transitorios?\.?$/.test(line);
}

/** First line of the header of an amending decree or court resolution reproduced after the law. */
export function isDecreeHeader(line: string): boolean {
  return /^(?:DECRETO|ACUERDO|RESOLUCI[ÓO]N|SENTENCIA|ACCI[ÓO]N DE INCONSTITUCIONALIDAD|FE DE ERRATAS|ACLARACI[ÓO]N)\b/.test(line);
}

/** Page furniture of the Cámara de Diputados PDFs: `16 de 48`, running title, chamber, secretariat lines. */
export function dropPageFurniture(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (/^\d+ de \d+$/.test(line)) {
      // The running title (upper case) comes right after the page number, then the chamber and
      // secretariat lines; "Secretaría de Servicios Parlamentarios" closes the block.
      let k = i + 1;
      let chamber = false;
      while (k < lines.length && k <= i + 6) {
        const next = lines[k].trim();
        if (isFurniture(next)) {
          chamber = true;
          k++;
          if (next === 'Secretaría de Servicios Parlamentarios') break;
        } else if (!chamber && isRunningTitle(next)) k++;
        else break;
      }
      i = k - 1;
      continue;
    }
    if (isFurniture(line)) continue;
    out.push(lines[i]);
  }
  return out.join('\n');
}

function isFurniture(line: string): boolean {
  return /^CÁMARA DE DIPUTADOS DEL H\. CONGRESO DE LA UNIÓN\b/.test(line)
    || line === 'Secretaría General' || line === 'Secretaría de Servicios Parlamentarios';
}

function isRunningTitle(line: string): boolean {
  return line.length > 0 && !/[a-záéíóúñ]/.test(line) && /[A-ZÁÉÍÓÚÑ]{3}/.test(line);
}
