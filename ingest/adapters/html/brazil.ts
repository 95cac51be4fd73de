/**
 * Brazilian codes (Planalto text converted to simple HTML): nested `div`s with classes `parte`,
 * `livro`, `titulo`, `capitulo`, `secao` (the path: an `h2`–`h6` and an optional name `p`),
 * `artigo` (a provision: `<strong>Art. 121: </strong>` then the caput), and inside articles
 * `paragrafo`, `inciso`, `alinea`, `texto`, which all belong to the article text.
 *
 * The conversion misplaced the marginal rubrics (`Homicídio simples`): the rubric of an article
 * closes the previous article, as a `texto` div or as a broken inciso (`C - aso de diminuição de
 * pena` for `Caso de ...`). A rubric at the end of an article is therefore the heading of the
 * next one; broken incisos are repaired.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Finding } from '../../../corpus/schema.js';
import type { AdapterInput, AdapterResult, ParsedProvision } from '../types.js';
import { KeyAllocator } from '../util/keys.js';
import { clean, hasClass, inlineText, isElement, isoDate } from './dom.js';

const DIVISIONS = ['parte', 'livro', 'titulo', 'subtitulo', 'capitulo', 'secao', 'subsecao'];
const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const ARTICLE_LABEL = /^Art\.?\s*(\d+(?:\.\d+)*)\s*[º°o]?\s*(?:-\s*([A-Z]{1,2}))?\s*[:.\-–]?\s*$/;
/** `L - ei penal no tempo` → `Lei penal no tempo`: a capital, a dash, then the rest of the word. */
const BROKEN_WORD = /^([A-ZÁÉÍÓÚÂÊÔÃÕÇ]) - ([a-záéíóúâêôãõç]\S*)/;

interface Line {
  text: string;
  /** Could be a marginal rubric: short, no final punctuation, from a `texto` div or a broken inciso. */
  rubric: boolean;
}

/** `DECRETO-LEI Nº 2.848, DE 7 DE DEZEMBRO DE 1940` → `1940-12-07`. */
export function portugueseDate(text: string): string | null {
  const m = /\bDE\s+(\d{1,2})\s*[º°o]?\s+DE\s+([A-Za-zçÇ]+)\s+DE\s+(\d{4})/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
}

function isRubricText(text: string): boolean {
  return text.length <= 150 && /\p{L}/u.test(text) && !/[.;:!?,]$/.test(text) && !/^Pena\b/.test(text);
}

/** The lines of an article, one per `p`, in document order. */
function articleLines(article: Element): Line[] {
  const lines: Line[] = [];
  const walk = (el: Element, inTexto: boolean) => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.name === 'p') {
        let text = clean(inlineText(child.children));
        if (!text) continue;
        const broken = BROKEN_WORD.exec(text);
        const repaired = broken !== null && isRubricText(text);
        if (repaired) text = text.replace(BROKEN_WORD, '$1$2');
        lines.push({ text, rubric: (inTexto || repaired) && isRubricText(text) });
      } else {
        walk(child, inTexto || hasClass(child, 'texto'));
      }
    }
  };
  walk(article, false);
  return lines;
}

export function brazilCode(input: AdapterInput, $: CheerioAPI): AdapterResult {
  const findings: Finding[] = [];
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  const path: string[] = [];
  let pendingHeading: string | null = null;
  let title: string | null = null;
  let act: string | null = null;
  let ementa: string | null = null;

  const article = (el: Element) => {
    const lines = articleLines(el);
    const first = el.children.find((c): c is Element => isElement(c) && c.name === 'p');
    const strong = first?.children.find((c): c is Element => isElement(c) && (c.name === 'strong' || c.name === 'b'));
    const label = strong ? clean(inlineText(strong.children)) : '';
    const m = ARTICLE_LABEL.exec(label);
    if (!m) {
      // The enacting formula (`O PRESIDENTE DA REPÚBLICA ... decreta a seguinte Lei:`) is the only unnumbered article.
      if (lines.length === 0) return;
      const preamble = provisions.length === 0 && !label;
      if (!preamble) findings.push({ severity: 'warning', file: input.file, element: 'div.artigo', rule: 'brazil-article-number', reason: `Unexpected article label "${label || lines[0].text.slice(0, 40)}", expected "Art. <number>:"` });
      provisions.push({ key: keys.allocate(preamble ? 'preamble' : 'p', preamble ? null : provisions.length + 1), number: null, heading: null, text: lines.map((l) => l.text).join('\n'), type: preamble ? 'preamble' : 'other', path: [...path] });
      return;
    }
    // The first line repeats the label; drop it, and read `Art. 3: A. O processo...` as article 3-A.
    const caput = lines[0].text.startsWith(label) ? lines[0].text.slice(label.length).trim() : lines[0].text;
    let suffix = m[2] ?? null;
    let body = caput;
    const lettered = suffix ? null : /^([A-Z])\.\s+(.*)$/s.exec(caput);
    if (lettered) { suffix = lettered[1]; body = lettered[2]; }
    const rest = lines.slice(1);
    // A trailing rubric is the heading of the next article.
    const nextHeading = rest.length > 0 && rest[rest.length - 1].rubric ? rest.pop()?.text ?? null : null;
    const text = [body, ...rest.map((l) => l.text)].filter(Boolean).join('\n');
    const number = suffix ? `${m[1]}-${suffix}` : m[1];
    if (!text) {
      findings.push({ severity: 'warning', file: input.file, element: `Art. ${number}`, rule: 'brazil-empty-article', reason: `Unexpected Art. ${number} without text, expected the caput; skipped` });
    } else {
      provisions.push({ key: keys.allocate('art', number), number: `Art. ${number}`, heading: pendingHeading, text, type: 'article', path: [...path] });
    }
    pendingHeading = nextHeading;
  };

  const walk = (children: readonly AnyNode[]) => {
    for (const child of children) {
      if (!isElement(child)) continue;
      if (DIVISIONS.some((d) => hasClass(child, d))) {
        const kids = child.children.filter(isElement);
        const heading = kids.findIndex((k) => /^h[1-6]$/.test(k.name));
        const name = heading >= 0 && kids[heading + 1]?.name === 'p' ? kids[heading + 1] : null;
        const label = [heading >= 0 ? clean(inlineText(kids[heading].children)) : '', name ? clean(inlineText(name.children)) : ''].filter(Boolean).join(' — ');
        path.push(label);
        walk(kids.filter((k, i) => i !== heading && k !== name));
        path.pop();
      } else if (hasClass(child, 'artigo')) {
        article(child);
      } else if (hasClass(child, 'info')) {
        title = clean($(child).find('h1').first().text()) || null;
        act = clean($(child).find('p.title').first().text()) || null;
        ementa = $(child).children('p').toArray().map((p) => clean($(p).text())).find((t) => t && t !== act) ?? null;
      } else if (hasClass(child, 'texto')) {
        // A rubric between divisions and articles, e.g. `Homicídio simples` before Art. 121.
        const text = clean(inlineText(child.children));
        if (isRubricText(text)) pendingHeading = text;
        else if (text) findings.push({ severity: 'info', file: input.file, element: 'div.texto', rule: 'brazil-stray-text', reason: `Unexpected text "${text.slice(0, 60)}" between articles, expected a rubric; ignored` });
      } else if (hasClass(child, 'assinaturas')) {
        continue;
      } else {
        walk(child.children);
      }
    }
  };
  walk($('body').contents().toArray());

  return {
    document: {
      title,
      date: act ? portugueseDate(act) : null,
      summary: [act, ementa].filter(Boolean).join('. ').replace(/\.\./g, '.') || null,
      provisions,
      meta: { act },
    },
    findings,
  };
}
