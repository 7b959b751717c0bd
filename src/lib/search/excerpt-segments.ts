/** A run of excerpt text; `marked` runs are the words that matched. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** The page a Pagefind excerpt was cut from: its text and the word positions of the hits. */
export interface ExcerptSource {
  /** Pagefind's `content`: the page's text, entities decoded once. */
  content: string;
  /** Word positions of the hits (`locations`), to tell apart passages that read the same. */
  locations?: readonly number[];
}

/** How Pagefind splits content into words (`word_separators` in pagefind.js). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/u;
const MARKED = /^<mark>([\s\S]*)<\/mark>$/u;
const escapeAngles = (word: string) => word.replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * Splits a Pagefind excerpt ("… pointing to <mark>Wadi</mark> <mark>Hauran</mark> in …") into
 * runs of plain and matched text, so the interface can build it with text nodes instead of
 * innerHTML.
 *
 * Pagefind cuts the excerpt from the page's text with only `<` and `>` escaped, so `&lt;b&gt;`
 * in an excerpt is either the text `<b>` or the text `&lt;b&gt;` as a source wrote it. Given the
 * page's `content`, each word is taken from it as written: the excerpt is found in the content
 * word by word (preferring the place whose marked words are hits). Without the content, or if the
 * excerpt is not found there (another Pagefind version), `&lt;` and `&gt;` are decoded.
 */
export function excerptSegments(excerpt: string, source?: ExcerptSource): ExcerptSegment[] {
  const tokens = excerpt === '' ? [] : excerpt.split(' ').map((token) => {
    const marked = MARKED.exec(token);
    return { escaped: marked ? marked[1]! : token, marked: marked !== null };
  });
  const written = source ? wordsAsWritten(tokens, source) : undefined;
  const segments: ExcerptSegment[] = [];
  const add = (text: string, marked: boolean) => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  };
  tokens.forEach((token, index) => {
    if (index > 0) add(' ', false);
    add(written?.[index] ?? token.escaped.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>'), token.marked);
  });
  return segments;
}

/** The content's words the excerpt's tokens are, as written, or undefined when they are not found in it. */
function wordsAsWritten(tokens: readonly { escaped: string; marked: boolean }[], source: ExcerptSource): string[] | undefined {
  if (tokens.length === 0) return [];
  // Pagefind's content has zero-width spaces removed; the excerpt was cut before that.
  const wanted = tokens.map((token) => token.escaped.replace(/\u200b/gu, ''));
  const words = source.content.split(WORD_SEPARATORS);
  const escaped = words.map(escapeAngles);
  const hits = new Set(source.locations ?? []);
  let found: number | undefined;
  for (let start = 0; start + wanted.length <= words.length; start++) {
    if (!wanted.every((word, k) => escaped[start + k] === word)) continue;
    if (tokens.every((token, k) => !token.marked || hits.has(start + k))) return words.slice(start, start + wanted.length);
    found ??= start;
  }
  return found === undefined ? undefined : words.slice(found, found + wanted.length);
}

/** The excerpt as plain text. */
export function excerptText(segments: readonly ExcerptSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
