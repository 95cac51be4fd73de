/**
 * Connexions XML (OpenStax modules). Each `section` is a provision `sec-N` (nested: `sec-3.2`)
 * headed by its title, holding its own text (nested sections are their own provisions); content
 * outside any section is the `preamble`; the glossary is `note-glossary`. Summary: the module
 * abstract or its learning objectives, else the first paragraph.
 */
import type { Element } from 'domhandler';
import type { Adapter, ParsedProvision } from './types.js';
import { KeyAllocator } from './util/keys.js';
import { compact } from './bib/json.js';
import { childElements, firstChild, loadXml } from './xml/load.js';
import { blockText, flatText } from './xml/text.js';

const TEXT = {
  blocks: new Set(['para', 'list', 'item', 'note', 'figure', 'caption', 'table', 'row', 'exercise', 'problem', 'solution', 'commentary', 'equation', 'quote', 'definition', 'meaning', 'example', 'title', 'preformat', 'code']),
  labels: new Set(['label']),
  cells: new Set(['entry']),
  skip: new Set(['media', 'image', 'iframe', 'metadata', 'section']),
  spaced: new Set(['term', 'emphasis', 'link', 'cite']),
};
const OBJECTIVES = /^learning (objectives|outcomes)$/i;

export const cnxmlAdapter: Adapter = {
  format: 'cnxml',
  parse(input) {
    const src = loadXml(input);
    const { $ } = src;
    const findings = [...src.findings];
    const doc = childElements($.root()[0])[0];
    if (!doc || doc.name !== 'document') {
      findings.push(src.finding('error', doc ?? null, 'cnxml-root', `Unexpected ${doc ? `<${doc.name}>` : 'empty document'}, expected <document xmlns="http://cnx.rice.edu/cnxml">`));
      return { document: { provisions: [] }, findings };
    }
    const title = flatText(firstChild(doc, 'title')) || null;
    if (!title) findings.push(src.finding('warning', doc, 'cnxml-missing-field', 'Unexpected document without <title>, expected the module title'));
    const metadata = firstChild(doc, 'metadata');
    const md = (name: string) => flatText(metadata && $(metadata).children(`md\\:${name}`)[0]) || null;
    const content = firstChild(doc, 'content');
    if (!content) {
      findings.push(src.finding('error', doc, 'cnxml-content', 'Unexpected document without <content>, expected sections and paragraphs'));
      return { document: { title, provisions: [] }, findings };
    }
    const keys = new KeyAllocator();
    const provisions: ParsedProvision[] = [];
    readSections(content, [], [], keys, provisions);
    const glossary = firstChild(doc, 'glossary');
    if (glossary) {
      const text = childElements(glossary, 'definition')
        .map((d) => `${flatText(firstChild(d, 'term'))}: ${flatText(firstChild(d, 'meaning'))}`).join('\n');
      if (text) provisions.push({ key: keys.allocate('note', 'glossary'), number: null, heading: null, text, type: 'note', path: [] });
    }
    const objectives = provisions.find((p) => p.heading && OBJECTIVES.test(p.heading) && p.path.length === 0);
    const firstPara = flatText($(content).find('para').first()[0]);
    const summary = md('abstract') ? blockText(metadata!.children.filter((c) => c.type === 'tag' && (c as Element).name === 'md:abstract'), { ...TEXT, blocks: new Set([...TEXT.blocks, 'md:abstract']) }) : objectives?.text ?? (firstPara || null);
    const meta = compact({ contentId: md('content-id'), uuid: md('uuid'), moduleTitle: md('title') });
    return { document: { title, summary, provisions, meta }, findings };
  },
};

/** Sections in document order; loose content at one level is one provision, placed where it starts. */
function readSections(container: Element, numbers: number[], path: string[], keys: KeyAllocator, out: ParsedProvision[]): void {
  const children = childElements(container).filter((c) => c.name !== 'title');
  const sections = children.filter((c) => c.name === 'section');
  const loose = children.filter((c) => c.name !== 'section');
  const looseAt = loose.length > 0 ? sections.filter((s) => children.indexOf(s) < children.indexOf(loose[0])).length : sections.length;
  const emitLoose = () => {
    const text = blockText(loose, TEXT);
    if (!text) return;
    out.push(numbers.length === 0
      ? { key: keys.allocate('preamble', null), number: null, heading: null, text, type: 'preamble', path: [] }
      : { key: keys.allocate('sec', numbers.join('.')), number: null, heading: path.at(-1) || null, text, type: 'section', path: path.slice(0, -1).filter(Boolean) });
  };
  sections.forEach((section, i) => {
    if (i === looseAt) emitLoose();
    readSections(section, [...numbers, i + 1], [...path, flatText(firstChild(section, 'title'))], keys, out);
  });
  if (looseAt >= sections.length) emitLoose();
}
