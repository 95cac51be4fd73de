import type { Adapter } from './types.js';

// Placeholder until the markdown adapter lands: the whole text as one provision.
export const markdownAdapter: Adapter = {
  format: 'markdown',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
