import type { Adapter } from './types.js';

// Placeholder until the csl-json adapter lands: the whole text as one provision.
export const cslJsonAdapter: Adapter = {
  format: 'csl-json',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
