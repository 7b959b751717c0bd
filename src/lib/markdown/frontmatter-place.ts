import { isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { lineStarts, pointAt } from './source-text.ts';

interface ParsedFrontmatter {
  yaml: string;
  yamlStart: number;
  document: ReturnType<typeof parseDocument>;
  starts: number[];
}

/**
 * The last file's frontmatter, parsed: every citation of every key takeaway asks for its place
 * (the editorial rules need it), and parsing the YAML again for each cost 1.2 s at 1,000
 * briefings. Keyed by the whole file's text, so a changed file is parsed again.
 */
let lastParsed: { file: string; parsed: ParsedFrontmatter | undefined } | undefined;
function parsedFrontmatter(file: string): ParsedFrontmatter | undefined {
  if (lastParsed?.file === file) return lastParsed.parsed;
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u.exec(file);
  const parsed = match?.[1] ? { yaml: match[1], yamlStart: match[0].indexOf(match[1]), document: parseDocument(match[1]), starts: lineStarts(file) } : undefined;
  lastParsed = { file, parsed };
  return parsed;
}

/**
 * The place in a Markdown file of a character of a frontmatter string: for a problem found in
 * text the frontmatter holds (a key takeaway, cited like the body), so it is reported at its
 * file, line and column like any other. `field` is the key and, for a list, the item's index
 * (`['keyTakeaways', 2]`); `offset` counts characters of the string's value. Exact for a string
 * on one line (plain or quoted, escapes aside); for a folded one, the line where it starts.
 */
export function frontmatterPlace(file: string, field: readonly (string | number)[], offset: number): { line: number; column: number } | undefined {
  const parsed = parsedFrontmatter(file);
  if (!parsed) return undefined;
  const { yaml, yamlStart, document, starts } = parsed;
  let node: unknown = document.contents;
  for (const key of field) {
    if (typeof key === 'number') node = isSeq(node) ? node.items[key] : undefined;
    else node = (node as { get?: (key: string, keepScalar: boolean) => unknown } | undefined)?.get?.(key, true);
  }
  if (!isScalar(node) || !(node as Node).range) return undefined;
  const [start, valueEnd] = (node as Node).range ?? [0, 0];
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  const within = Math.min(offset + quoted, Math.max(0, valueEnd - start - 1));
  const folded = yaml.slice(start, valueEnd).includes('\n');
  return pointAt(starts, yamlStart + start + (folded ? 0 : within));
}
