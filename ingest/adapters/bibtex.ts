import type { Adapter } from './types.js';

// Placeholder until the bibtex adapter lands: the whole text as one provision.
export const bibtexAdapter: Adapter = {
  format: 'bibtex',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
