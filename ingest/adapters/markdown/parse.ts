/** Shared Markdown parsing for the markdown adapter families: mdast tree + YAML front matter. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import type { Finding } from '../../../corpus/schema.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export interface MarkdownSource {
  tree: Root;
  /** Parsed YAML front matter; `null` when absent or unparsable (a finding says which). */
  frontMatter: Record<string, unknown> | null;
  /** Raw front matter text, when present. */
  frontMatterRaw: string | null;
  findings: Finding[];
}

export function parseMarkdown(text: string, file: string): MarkdownSource {
  const tree = processor.parse(text) as Root;
  const findings: Finding[] = [];
  let frontMatter: Record<string, unknown> | null = null;
  let frontMatterRaw: string | null = null;
  const first = tree.children[0];
  if (first && first.type === 'yaml') {
    frontMatterRaw = first.value;
    try {
      const parsed: unknown = parseYaml(first.value, { maxAliasCount: 50 });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontMatter = parsed as Record<string, unknown>;
      else findings.push({ severity: 'warning', file, line: 1, rule: 'front-matter-shape', reason: `Unexpected ${Array.isArray(parsed) ? 'list' : typeof parsed} in front matter, expected a mapping of fields` });
    } catch (err) {
      const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      findings.push({
        severity: 'warning', file, line: line ? line + 1 : 1, rule: 'front-matter-yaml',
        reason: `Unexpected YAML syntax in front matter (${(err as Error).message.split('\n')[0]}), expected valid YAML`,
      });
    }
  }
  return { tree, frontMatter, frontMatterRaw, findings };
}
