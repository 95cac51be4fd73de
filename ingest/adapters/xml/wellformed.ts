/**
 * A small well-formedness check for XML. cheerio (htmlparser2) is lenient: it silently closes
 * what a truncated or mangled file leaves open, so without this check a cut-off file would parse
 * as a shorter, valid-looking document. We scan tags only (no DTD or namespace validation).
 */

export interface XmlProblem {
  /** 1-based line of the offending token. */
  line: number;
  /** Element name involved, where known. */
  element?: string;
  reason: string;
}

const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const MAX_PROBLEMS = 5;

/** Offsets of line starts, for turning a character offset into a 1-based line. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function checkWellFormed(text: string): XmlProblem[] {
  const problems: XmlProblem[] = [];
  const lineOf = lineIndex(text);
  const stack: { name: string; line: number }[] = [];
  let roots = 0;
  let i = 0;
  const skipTo = (from: number, close: string, what: string): number => {
    const end = text.indexOf(close, from);
    if (end === -1) {
      problems.push({ line: lineOf(from), reason: `Unexpected end of file inside ${what}, expected ${close}` });
      return text.length;
    }
    return end + close.length;
  };
  while (i < text.length && problems.length < MAX_PROBLEMS) {
    const j = text.indexOf('<', i);
    if (j === -1) break;
    if (text.startsWith('<!--', j)) { i = skipTo(j + 4, '-->', 'a comment'); continue; }
    if (text.startsWith('<![CDATA[', j)) { i = skipTo(j + 9, ']]>', 'a CDATA section'); continue; }
    if (text.startsWith('<?', j)) { i = skipTo(j + 2, '?>', 'a processing instruction'); continue; }
    if (text.startsWith('<!', j)) { i = skipTo(j + 2, '>', 'a declaration'); continue; }
    if (text.startsWith('</', j)) {
      END_TAG.lastIndex = j;
      const m = END_TAG.exec(text);
      if (!m) {
        problems.push({ line: lineOf(j), reason: `Unexpected malformed end tag "${text.slice(j, j + 30)}", expected </name>` });
        i = j + 2;
        continue;
      }
      const name = m[1];
      const top = stack.at(-1);
      if (!top) problems.push({ line: lineOf(j), element: name, reason: `Unexpected </${name}> with no open element, expected nothing after the root element` });
      else if (top.name !== name) {
        problems.push({ line: lineOf(j), element: name, reason: `Unexpected </${name}>, expected </${top.name}> (opened at line ${top.line})` });
        const at = stack.map((s) => s.name).lastIndexOf(name);
        if (at !== -1) stack.length = at;
      } else stack.pop();
      i = j + m[0].length;
      continue;
    }
    START_TAG.lastIndex = j;
    const m = START_TAG.exec(text);
    if (!m) {
      const rest = text.indexOf('>', j) === -1;
      problems.push({
        line: lineOf(j),
        reason: rest
          ? `Unexpected end of file inside the tag "${text.slice(j, j + 30)}", expected ">"`
          : `Unexpected malformed tag "${text.slice(j, j + 30).split('\n')[0]}", expected <name attr="value">`,
      });
      i = j + 1;
      continue;
    }
    if (stack.length === 0) roots += 1;
    if (roots > 1 && stack.length === 0) problems.push({ line: lineOf(j), element: m[1], reason: `Unexpected second root element <${m[1]}>, expected one root element` });
    if (!m[3]) stack.push({ name: m[1], line: lineOf(j) });
    i = j + m[0].length;
  }
  if (problems.length < MAX_PROBLEMS && stack.length > 0) {
    const top = stack.at(-1)!;
    problems.push({
      line: lineOf(text.length),
      element: top.name,
      reason: `Unexpected end of file with ${stack.length} element(s) open, expected </${top.name}> (opened at line ${top.line})`,
    });
  }
  if (roots === 0 && problems.length === 0) problems.push({ line: 1, reason: 'Unexpected document without a root element, expected XML' });
  return problems;
}
