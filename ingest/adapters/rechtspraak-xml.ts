import type { Adapter } from './types.js';

// Placeholder until the rechtspraak-xml adapter lands: the whole text as one provision.
export const rechtspraakXmlAdapter: Adapter = {
  format: 'rechtspraak-xml',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
