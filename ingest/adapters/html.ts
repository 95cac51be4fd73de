import type { Adapter } from './types.js';

// Placeholder until the html adapter lands: the whole text as one provision.
export const htmlAdapter: Adapter = {
  format: 'html',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
