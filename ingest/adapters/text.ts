import type { Adapter } from './types.js';

// Placeholder until the text adapter lands: the whole text as one provision.
export const textAdapter: Adapter = {
  format: 'text',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
