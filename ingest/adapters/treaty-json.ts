import type { Adapter } from './types.js';

// Placeholder until the treaty-json adapter lands: the whole text as one provision.
export const treatyJsonAdapter: Adapter = {
  format: 'treaty-json',
  parse({ text }) {
    return { document: { provisions: [{ key: 'p-1', number: null, heading: null, text, type: 'other', path: [] }] }, findings: [] };
  },
};
