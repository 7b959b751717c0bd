import { closestFirst } from '../text/closest.ts';
import { citationKeysIn, mayStartKey, readCitationKey, type CitationKey } from './citation-key.ts';
import { parseLocator, type Locator } from './parse-locator.ts';

/**
 * Pandoc's citation syntax, read from one run of inline Markdown: the text of the sibling nodes
 * of a paragraph (or of an emphasis inside it…), where each other inline node (emphasis, link,
 * code, JSX) stands as one character and a character the author escaped with a backslash
 * stands as another (see `mask`). So emphasis, links and code inside a bracket are read as
 * part of its prefix or suffix, and `\@` or `\[` is never taken for syntax.
 *
 *     [@a]  [@a, ¶3]  [@a ¶3]  [see @a, ¶3 and *passim*; @b, ¶5–6]  [-@a, ¶3]  @a  @a [¶3]  [@a@v1, ¶4]
 */

/** Stands in a run for an inline node (emphasis, link, code, JSX element). */
export const NODE = '\uFFFC';
/** Stands in a run for an inline node whose text holds a citation key (`*@slug*`). */
export const NODE_WITH_KEY = '\uE000';
/** Escaped characters the syntax uses, as they stand in a run: `\@`, `\[`, `\]`, `\;`. */
const ESCAPED: Record<string, string> = { '@': '\uE001', '[': '\uE002', ']': '\uE003', ';': '\uE004' };
const UNESCAPED = new Map(Object.entries(ESCAPED).map(([char, stand]) => [stand, char]));

/** A character of a run as it stands there, given whether the author escaped it. */
export function mask(char: string, escaped: boolean): string {
  return escaped ? (ESCAPED[char] ?? char) : char;
}

/** A part of a run for a message: escapes written back, inline nodes as "…". */
function shown(text: string): string {
  return unmask(text.trim()).replace(/[\uFFFC\uE000]/gu, '…');
}

/** Text of a run with its escaped characters written back as they read. */
export function unmask(text: string): string {
  let result = '';
  for (const char of text) result += UNESCAPED.get(char) ?? char;
  return result;
}

/** A stretch of the run, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One cited work. */
export interface CitationItem {
  /** The key's name (a slug, if it resolves). */
  key: string;
  /** A pinned version (`@slug@v2`). */
  version?: number;
  /** `[-@a]`: the marker shows only the locator. */
  suppressAuthor: boolean;
  /** Text before the key (`see`), possibly with inline nodes; empty when none. */
  prefix: Span;
  /** The key as written, from its `@` (or the `-` before it). */
  keySpan: Span;
  locator?: Locator;
  /** Text after the locator (`, on tactics`, ` and *passim*`), as written; empty when none. */
  suffix: Span;
}

export interface Citation {
  /** `[@a, ¶3]` or `@a` / `@a [¶3]` (author in text). */
  kind: 'bracket' | 'in-text';
  start: number;
  end: number;
  items: CitationItem[];
}

/** Something citation-shaped that cannot be read: the build fails on it. */
export interface CitationSyntaxError extends Span {
  /** What was read. */
  raw: string;
  message: string;
  hint?: string;
}

/** An opening or closing bracket that is syntax: not escaped. */
function brackets(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') open.push(i);
    else if (text[i] === ']') {
      const start = open.pop();
      if (start !== undefined) spans.push({ start, end: i + 1 });
    }
  }
  // Innermost first is the order they closed in; the caller wants text order.
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether a bracket's content holds a key (or a node that does): it is meant as a citation. */
function holdsKey(content: string): boolean {
  if (content.includes(NODE_WITH_KEY)) return true;
  for (let at = content.indexOf('@'); at >= 0; at = content.indexOf('@', at + 1)) {
    if (mayStartKey(content, at) && readCitationKey(content, at)) return true;
  }
  return false;
}

const ITEM_KEY = /(?:^|[\s\u00a0])(-?)@/gu;

function parseItem(text: string, from: number, to: number): CitationItem | string {
  const part = text.slice(from, to);
  for (const match of part.matchAll(ITEM_KEY)) {
    const at = match.index + match[0].length - 1;
    const key = readCitationKey(part, at);
    if (!key) continue;
    const suppress = match[1] === '-';
    const keyStart = at - (suppress ? 1 : 0);
    const afterKey = at + key.length;
    const located = parseLocator(part.slice(afterKey), key.name);
    if (located.kind === 'error') return located.message;
    if (suppress && located.kind !== 'locator') {
      return `[-@${key.name}] hides the source's name but names no paragraph, so its marker would be empty; add a locator ([-@${key.name}, ¶3]) or drop the minus`;
    }
    const suffixStart = afterKey + (located.kind === 'locator' ? located.end : 0);
    const suffix = part.slice(suffixStart);
    if (suffix.includes(NODE_WITH_KEY) || citationKeysIn(suffix).length > 0) {
      return `"${shown(part)}" names more than one source; separate them with semicolons: [@a, ¶3; @b, ¶5]`;
    }
    let prefixEnd = keyStart;
    while (prefixEnd > 0 && /\s/u.test(part[prefixEnd - 1] ?? '')) prefixEnd--;
    let prefixStart = 0;
    while (prefixStart < prefixEnd && /\s/u.test(part[prefixStart] ?? '')) prefixStart++;
    if (part.slice(prefixStart, prefixEnd).includes(NODE_WITH_KEY)) {
      return `"${shown(part)}" has a key inside emphasis, a link or code; write the @key itself plainly`;
    }
    let suffixEnd = part.length;
    while (suffixEnd > suffixStart && /\s/u.test(part[suffixEnd - 1] ?? '')) suffixEnd--;
    return {
      key: key.name,
      ...(key.version !== undefined ? { version: key.version } : {}),
      suppressAuthor: suppress,
      prefix: { start: from + prefixStart, end: from + prefixEnd },
      keySpan: { start: from + keyStart, end: from + afterKey },
      ...(located.kind === 'locator' ? { locator: located.locator } : {}),
      suffix: { start: from + suffixStart, end: from + suffixEnd },
    };
  }
  if (part.includes(NODE_WITH_KEY)) return `"${shown(part)}" has its @key inside emphasis, a link or code; write the @key itself plainly, outside them`;
  return `"${shown(part)}" has no @key; write each cited source as @slug, separated by semicolons`;
}

/** The locator bracket after an author-in-text key (`@a [¶3]`), if the next thing is one. */
function inTextLocator(text: string, from: number, key: string): { locator?: Locator; suffix: Span; end: number } | { error: string; end: number } | undefined {
  const open = /^[ \u00a0]?\[/u.exec(text.slice(from));
  if (!open) return undefined;
  const start = from + open[0].length;
  const close = text.indexOf(']', start);
  if (close < 0 || text.slice(start, close).includes('[')) return undefined;
  const content = text.slice(start, close);
  if (holdsKey(content)) return undefined;
  const located = parseLocator(content, key);
  if (located.kind === 'none') return undefined; // `@a [sic]`: an ordinary bracket after the name
  if (located.kind === 'error') return { error: located.message, end: close + 1 };
  let suffixEnd = close;
  while (suffixEnd > start + located.end && /\s/u.test(text[suffixEnd - 1] ?? '')) suffixEnd--;
  return { locator: located.locator, suffix: { start: start + located.end, end: suffixEnd }, end: close + 1 };
}

/**
 * Every citation in a run, in text order, and what looks like one but cannot be read. A bracket
 * is a citation when it holds a key; a key outside brackets is an author-in-text citation,
 * with a locator when a bracket follows it (`@a [¶3]`).
 */
export function parseCitations(text: string): { citations: Citation[]; errors: CitationSyntaxError[] } {
  const citations: Citation[] = [];
  const errors: CitationSyntaxError[] = [];
  const taken: Span[] = [];
  for (const bracket of brackets(text)) {
    if (taken.some((span) => bracket.start < span.end && bracket.end > span.start)) continue;
    const content = text.slice(bracket.start + 1, bracket.end - 1);
    if (!holdsKey(content)) continue;
    taken.push(bracket);
    const raw = unmask(text.slice(bracket.start, bracket.end));
    const items: CitationItem[] = [];
    let problem: string | undefined;
    let from = bracket.start + 1;
    for (const separator of [...content.matchAll(/;/gu), { index: content.length }]) {
      const to = bracket.start + 1 + separator.index;
      const item = parseItem(text, from, to);
      if (typeof item === 'string') {
        problem = item;
        break;
      }
      items.push(item);
      from = to + 1;
    }
    if (problem) errors.push({ ...bracket, raw, message: problem });
    else citations.push({ kind: 'bracket', ...bracket, items });
  }
  for (const { start, key } of citationKeysIn(text)) {
    if (taken.some((span) => start >= span.start && start < span.end)) continue;
    const afterKey = start + key.length;
    const located = inTextLocator(text, afterKey, key.name);
    if (located && 'error' in located) {
      errors.push({ start, end: located.end, raw: unmask(text.slice(start, located.end)), message: located.error });
      taken.push({ start, end: located.end });
      continue;
    }
    const end = located?.end ?? afterKey;
    taken.push({ start, end });
    citations.push({
      kind: 'in-text',
      start,
      end,
      items: [
        {
          key: key.name,
          ...(key.version !== undefined ? { version: key.version } : {}),
          suppressAuthor: false,
          prefix: { start, end: start },
          keySpan: { start, end: afterKey },
          ...(located?.locator ? { locator: located.locator } : {}),
          suffix: located?.suffix ?? { start: afterKey, end: afterKey },
        },
      ],
    });
  }
  citations.sort((a, b) => a.start - b.start);
  return { citations, errors };
}

/** Keys read as citation keys in a text, and the closest known slugs to each (for messages about raw keys). */
export function closestSlugs(name: string, slugs: readonly string[], count = 3): string[] {
  return closestFirst(name.toLowerCase(), slugs).slice(0, count);
}

export type { CitationKey };
