import type { Adapter } from './types.js';

// Placeholder until the cnxml adapter lands: the whole text as one provision.
export const cnxmlAdapter: Adapter = {
  format: 'cnxml',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
