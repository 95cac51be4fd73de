import type { Adapter } from './types.js';

// Placeholder until the canada-xml adapter lands: the whole text as one provision.
export const canadaXmlAdapter: Adapter = {
  format: 'canada-xml',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
