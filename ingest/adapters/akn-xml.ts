/**
 * Akoma Ntoso XML: Mexican federal acts (`akomaNtoso/act`) and UK judgments
 * (`akomaNtoso/judgment`). The document type decides the reader; both live in `xml/`.
 */
import type { Adapter } from './types.js';
import { childElements, loadXml } from './xml/load.js';
import { readAct } from './xml/akn-act.js';
import { readJudgment } from './xml/akn-judgment.js';

export const aknXmlAdapter: Adapter = {
  format: 'akn-xml',
  parse(input) {
    const src = loadXml(input);
    const root = childElements(src.$.root()[0], 'akomaNtoso')[0];
    const doc = root ? childElements(root)[0] : undefined;
    if (!root || !doc) {
      const found = childElements(src.$.root()[0])[0]?.name;
      return {
        document: { provisions: [] },
        findings: [...src.findings, src.finding('error', null, 'akn-root', `Unexpected ${found ? `<${found}>` : 'empty document'}, expected <akomaNtoso> with a document element`)],
      };
    }
    if (doc.name === 'act') {
      const r = readAct(src, doc);
      return { document: r.document, findings: [...src.findings, ...r.findings] };
    }
    if (doc.name === 'judgment') {
      const r = readJudgment(src, doc);
      return { document: r.document, findings: [...src.findings, ...r.findings] };
    }
    return {
      document: { provisions: [] },
      findings: [...src.findings, src.finding('error', doc, 'akn-document-type', `Unexpected <${doc.name}>, expected <act> or <judgment>`)],
    };
  },
};
