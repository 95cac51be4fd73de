import type { Format } from '../../corpus/schema.js';
import type { Adapter } from './types.js';
import { markdownAdapter } from './markdown.js';
import { htmlAdapter } from './html.js';
import { aknXmlAdapter } from './akn-xml.js';
import { canadaXmlAdapter } from './canada-xml.js';
import { rechtspraakXmlAdapter } from './rechtspraak-xml.js';
import { treatyJsonAdapter } from './treaty-json.js';
import { caseFactsJsonAdapter } from './case-facts-json.js';
import { bibtexAdapter } from './bibtex.js';
import { cslJsonAdapter } from './csl-json.js';
import { cnxmlAdapter } from './cnxml.js';
import { textAdapter } from './text.js';

/** Every format has exactly one adapter; adding a format = a file here + a line in this map. */
export const ADAPTERS: Record<Format, Adapter> = {
  markdown: markdownAdapter,
  html: htmlAdapter,
  'akn-xml': aknXmlAdapter,
  'canada-xml': canadaXmlAdapter,
  'rechtspraak-xml': rechtspraakXmlAdapter,
  'treaty-json': treatyJsonAdapter,
  'case-facts-json': caseFactsJsonAdapter,
  bibtex: bibtexAdapter,
  'csl-json': cslJsonAdapter,
  cnxml: cnxmlAdapter,
  text: textAdapter,
};
