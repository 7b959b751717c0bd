/** Paragraphs a citation points at: one (`¶5`), a range (`¶5–6`), or a list of either (`¶3, ¶5–7`). */
export interface Locator {
  /** In the order written; `from` = `to` for a single paragraph. */
  paragraphs: { from: number; to: number }[];
  /** As readers see it: `¶5`, `¶5–6`, `¶3, ¶5`. */
  label: string;
}

export type LocatorResult =
  /** A locator, and where the text after it (the suffix) starts. */
  | { kind: 'locator'; locator: Locator; end: number }
  /** No locator: the text is all suffix. */
  | { kind: 'none' }
  | { kind: 'error'; message: string };

const SPACE = '[ \\t\\n\\u00a0]';
/** `¶`, `¶¶`, `para`, `para.`, `paras`, `paragraph`, `paragraphs`, `p-` (the anchor's own form). */
const MARK = new RegExp(`^(?:(¶¶|paragraphs|paras\\.?)|(¶|paragraph|para\\.?|p-))${SPACE}*`, 'iu');
const NUMBER = /^\d+/u;
const DASH = new RegExp(`^${SPACE}*[-‐‑‒–—]${SPACE}*`, 'u');
const SEPARATOR = new RegExp(`^${SPACE}*(?:,|and|&)${SPACE}*`, 'iu');
/** A bare number that continues a plural list: followed by the end, punctuation or "and", not by a word (`¶¶3, 2024 figures`). */
const BARE_ENTRY = new RegExp(`^\\d+(?:${SPACE}*[-‐‑‒–—]${SPACE}*\\d+)?(?=${SPACE}*(?:$|[,;.&)\\]]|and\\b))`, 'iu');
const PAGE_LOCATOR = /^(?:pp?\.|pages?\b|ch\.|chap(?:ter)?\.?\b|sec(?:tion)?\.?\b|§|l{1,2}\.|lines?\b|fol\.|col\.)\s*\d/iu;

/**
 * Reads the locator at the start of the text after a citation key (`, ¶5–6 and passim`), in
 * Pandoc's manner: an optional comma, then paragraph numbers, then whatever follows is the
 * suffix. After `¶¶` (or `paras`) a list may go on with bare numbers (`¶¶3, 5`); after `¶`
 * each entry has its own mark (`¶3, ¶5`), so `¶3, 2024 figures` keeps "2024 figures" as suffix.
 * Page, chapter and section locators are refused: sources here are addressed by paragraph.
 */
export function parseLocator(text: string, key?: string): LocatorResult {
  let position = /^\s*,?\s*/u.exec(text)?.[0].length ?? 0;
  const rest = () => text.slice(position);
  if (PAGE_LOCATOR.test(rest())) {
    const written = /^\S+\s*\d+(?:\s*[-–]\s*\d+)?/u.exec(rest())?.[0] ?? rest().trim();
    return { kind: 'error', message: `"${written}" is a page or section locator; sources here are addressed by paragraph: write ¶N${key ? ` (for example [@${key}, ¶3])` : ''}` };
  }
  let mark = MARK.exec(rest());
  if (!mark || !NUMBER.test(text.slice(position + mark[0].length))) return { kind: 'none' };
  let plural = mark[1] !== undefined;
  const paragraphs: Locator['paragraphs'] = [];
  for (;;) {
    if (mark) position += mark[0].length;
    const from = Number(NUMBER.exec(rest())?.[0]);
    position += String(NUMBER.exec(rest())?.[0] ?? '').length;
    let to = from;
    const dash = DASH.exec(rest());
    const end = dash ? NUMBER.exec(text.slice(position + dash[0].length))?.[0] : undefined;
    if (dash && end !== undefined) {
      position += dash[0].length + end.length;
      to = Number(end);
      plural = true;
    } else if (dash && /^\s*(?:$|[,;\]])/u.test(text.slice(position + dash[0].length))) {
      return { kind: 'error', message: `the range ¶${from}${dash[0].trim()} has no last paragraph; write it as ¶${from}–${from + 1}` };
    }
    if (from < 1) return { kind: 'error', message: `¶${from} is not a paragraph number; paragraphs count from ¶1` };
    if (to < from) return { kind: 'error', message: `the range ¶${from}–${to} runs backwards; write ¶${to}–${from}` };
    paragraphs.push({ from, to });
    // Another entry: a separator, then a mark (or, after a plural mark, a bare number).
    const separator = SEPARATOR.exec(rest());
    if (!separator) break;
    const after = text.slice(position + separator[0].length);
    const nextMark = MARK.exec(after);
    if (nextMark && NUMBER.test(after.slice(nextMark[0].length))) {
      position += separator[0].length;
      mark = nextMark;
      if (nextMark[1] !== undefined) plural = true;
      continue;
    }
    if (plural && BARE_ENTRY.test(after)) {
      position += separator[0].length;
      mark = null;
      continue;
    }
    break;
  }
  return { kind: 'locator', locator: { paragraphs, label: locatorLabel(paragraphs) }, end: position };
}

/** `¶5`, `¶5–6`, `¶3, ¶5–7`. */
export function locatorLabel(paragraphs: Locator['paragraphs']): string {
  return paragraphs.map(({ from, to }) => (from === to ? `¶${from}` : `¶${from}–${to}`)).join(', ');
}

/** Every paragraph number a locator covers, ascending, each once. */
export function locatorParagraphs(locator: Locator): number[] {
  const numbers = new Set<number>();
  for (const { from, to } of locator.paragraphs) for (let n = from; n <= to; n++) numbers.add(n);
  return [...numbers].sort((a, b) => a - b);
}
