/**
 * Article-level treaty JSON (`{treaty, language, title, articles: [{number, title, text}]}`).
 * Each article is `art-N`, numbered in the language of the text (`Article 5`, `Artículo 5`,
 * `Artikel 5`), headed by its title. The Spanish files have no article titles: their text starts
 * with the title paragraph(s), kept as found.
 */
import type { Adapter, ParsedProvision } from './types.js';
import { KeyAllocator } from './util/keys.js';
import { compact, describe, isObject, parseJson, stringField } from './bib/json.js';

const ARTICLE_WORD: Record<string, string> = { en: 'Article', es: 'Artículo', nl: 'Artikel', fr: 'Article', de: 'Artikel', pt: 'Artigo', ru: 'Статья', zh: '第', ar: 'المادة' };

function articleNumber(language: string, n: string): string {
  if (language === 'zh') return `第${n}条`;
  return `${ARTICLE_WORD[language] ?? 'Article'} ${n}`;
}

export const treatyJsonAdapter: Adapter = {
  format: 'treaty-json',
  parse(input) {
    const src = parseJson(input);
    const root = src.value;
    if (root === undefined) return { document: { provisions: [] }, findings: src.findings };
    if (!isObject(root)) {
      src.findings.push(src.finding('error', '', 'json-shape', `Unexpected ${describe(root)} at the top level, expected an object {treaty, language, title, articles}`));
      return { document: { provisions: [] }, findings: src.findings };
    }
    const treaty = stringField(src, root, 'treaty', '', true);
    const language = stringField(src, root, 'language', '', false) ?? input.record.language;
    const title = stringField(src, root, 'title', '', false);
    const articles = root.articles;
    if (!Array.isArray(articles)) {
      src.findings.push(src.finding('error', '/articles', 'json-missing-field', `Unexpected ${describe(articles)} for "articles", expected an array of {number, title, text}`));
      return { document: { title, provisions: [], meta: compact({ treaty }) }, findings: src.findings };
    }
    const keys = new KeyAllocator();
    const provisions: ParsedProvision[] = [];
    articles.forEach((a, i) => {
      const pointer = `/articles/${i}`;
      if (!isObject(a)) {
        src.findings.push(src.finding('error', pointer, 'json-shape', `Unexpected ${describe(a)}, expected an article {number, title, text}`));
        return;
      }
      const n = stringField(src, a, 'number', pointer, true);
      const heading = stringField(src, a, 'title', pointer, false);
      const text = stringField(src, a, 'text', pointer, true)?.trim() ?? '';
      if (n !== null && n !== String(i + 1)) {
        src.findings.push(src.finding('warning', `${pointer}/number`, 'treaty-numbering', `Unexpected article number "${n}" at position ${i + 1}, expected "${i + 1}" (articles run 1..N without gaps)`));
      }
      if (!text) {
        if (n !== null) src.findings.push(src.finding('warning', `${pointer}/text`, 'treaty-empty-article', `Unexpected empty text of article ${n}, expected the article text`));
        return;
      }
      provisions.push({ key: keys.allocate('art', n), number: n === null ? null : articleNumber(language, n), heading: heading?.trim() || null, text, type: 'article', path: [] });
    });
    return { document: { title, provisions, meta: compact({ treaty }) }, findings: src.findings };
  },
};
