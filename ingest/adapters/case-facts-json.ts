import type { Adapter } from './types.js';

// Placeholder until the case-facts-json adapter lands: the whole text as one provision.
export const caseFactsJsonAdapter: Adapter = {
  format: 'case-facts-json',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
