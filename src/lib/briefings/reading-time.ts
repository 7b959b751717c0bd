import type { Parent, Root } from 'mdast';
import { readRun, sourceMap } from '../citations/inline-run.ts';
import { NODE_WITH_KEY, parseCitations } from '../citations/parse-citations.ts';

/** Words a reader gets through per minute: a conventional figure for careful reading of explanatory prose. */
const WORDS_PER_MINUTE = 220;

/** Minutes to read a number of words, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** A node of an MDX syntax tree (mdast with mdast-util-mdx's nodes), as far as counting needs. */
interface ProseNode {
  type: string;
  value?: string;
  children?: ProseNode[];
}

/** What a reader does not read: import/export lines, `{…}` expressions and comments, code blocks, link definitions, images. */
const NOT_PROSE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'code', 'definition', 'image', 'imageReference', 'html', 'yaml', 'toml']);
/** Nodes whose children run on in one line of text: their words join without a space (`**ISIS**-K` is one word). */
const PHRASING = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

function proseOf(node: ProseNode): string {
  if (NOT_PROSE.has(node.type)) return '';
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  if (PHRASING.has(node.type)) return phrasingProse(node);
  // JSX elements count by their children: attributes and tag names are not prose.
  return (node.children ?? []).map(proseOf).join(' ');
}

/**
 * The prose of a run of inline nodes with its citations left out, read by the citation parser
 * itself (a bracket may hold emphasis or a link: `[see @a, ¶2 and *passim*]`). A link counts by
 * its text, never its URL; words joined across formatting (`**ISIS**-K`) stay one word.
 */
function phrasingProse(node: ProseNode): string {
  const run = readRun(node as unknown as Parent, sourceMap(undefined));
  const citations = run.text.includes('@') || run.text.includes(NODE_WITH_KEY) ? parseCitations(run.text).citations : [];
  const cited = (offset: number) => citations.some((citation) => offset >= citation.start && offset < citation.end);
  let prose = '';
  for (const segment of run.segments) {
    const child = segment.node as unknown as ProseNode;
    if (child.type === 'text') {
      const value = child.value ?? '';
      for (let i = 0; i < value.length; i++) prose += cited(segment.start + i) ? ' ' : value[i];
    } else prose += cited(segment.start) ? ' ' : proseOf(child);
  }
  return prose;
}

/**
 * Prose words of a briefing, from its MDX syntax tree: the text of paragraphs, headings, lists,
 * tables and the children of components, with citation brackets left out; not import lines,
 * expressions, comments, JSX tag names or attributes, link addresses or code blocks. A word is a
 * run between spaces holding a letter or digit. Used for the reading time and the editorial limits
 * (600 to 1,500 words), so it counts what a reader reads.
 */
export function countProseWords(tree: Root): number {
  return proseOf(tree as ProseNode)
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
