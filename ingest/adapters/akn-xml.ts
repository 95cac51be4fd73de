import type { Adapter } from './types.js';

// Placeholder until the akn-xml adapter lands: the whole text as one provision.
export const aknXmlAdapter: Adapter = {
  format: 'akn-xml',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
