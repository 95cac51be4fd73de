/**
 * HTML adapter: one parse (cheerio, which decodes named and numeric character references), then
 * the family of the file decides how its structure maps to provisions. Families are detected
 * from the content, never from the id.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { Adapter, AdapterInput, AdapterResult } from './types.js';
import { usCode } from './html/uscode.js';
import { russianCode } from './html/russia.js';
import { brazilCode } from './html/brazil.js';
import { courtListener } from './html/courtlistener.js';
import { genericHtml } from './html/generic.js';

export type HtmlFamily = (input: AdapterInput, $: CheerioAPI) => AdapterResult;

export function detectHtmlFamily(text: string, $: CheerioAPI = cheerio.load(text)): HtmlFamily {
  const head = text.slice(0, 20000);
  if (/<!--\s*documentid:/.test(head) && /<!--\s*expcite:/.test(text)) return usCode;
  // Read the decoded text: some Word exports write Cyrillic as numeric character references.
  if ($('p.H').toArray().some((el) => /^\s*Статья\s+\d/.test($(el).text()))) return russianCode;
  if (/<div\s+class="artigo"/.test(text)) return brazilCode;
  if (/<pre\s+class="inline"/.test(head) && !/<html[\s>]/i.test(head)) return courtListener;
  return genericHtml;
}

export const htmlAdapter: Adapter = {
  format: 'html',
  parse(input) {
    const $ = cheerio.load(input.text);
    const result = detectHtmlFamily(input.text, $)(input, $);
    if (result.document.provisions.length === 0) {
      result.findings.push({
        severity: 'error', file: input.file, rule: 'html-no-provisions', documentId: input.record.id,
        reason: 'Unexpected document without any text, expected at least one provision',
      });
    }
    return result;
  },
};
