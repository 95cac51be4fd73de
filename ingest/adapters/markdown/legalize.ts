import type { MarkdownFamily } from '../markdown.js';

// Placeholder until this family lands: the whole text as one provision.
export const legalize: MarkdownFamily = (input) => ({
  document: { provisions: [{ key: 'p-1', number: null, heading: null, text: input.text, type: 'other', path: [] }] },
  findings: [],
});
