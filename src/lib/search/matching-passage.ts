import type { PagefindAnchor } from './pagefind-types.ts';

/** The addressable passages of a source (see lib/sources/passages.ts): paragraphs `p-N`, author bios `bio-N`, endnotes `note-N`. */
const PASSAGE_ID = /^(?:p|bio|note)-\d+$/u;
const WORD_SPLIT = /[\r\n\s]+/u;

/** "Hauran’s," → "hauran": the form used to tell different query words apart. */
function wordKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(WORD_SPLIT).length;
}

/**
 * The passage a result should open at: of the passages containing hits, the first of those with
 * the most different matched words (for "Wadi Hauran", a paragraph with both words beats an
 * earlier one with only "Wadi"). A passage spans its anchor's location plus its word count, so
 * hits in unnumbered blocks after it (a byline, a heading) do not count. Returns the passage's
 * id, or undefined when no hit falls in a passage.
 *
 * `locations` index into `content` split on whitespace, as Pagefind documents.
 */
export function matchingPassage(anchors: readonly PagefindAnchor[], locations: readonly number[], content: string): string | undefined {
  if (locations.length === 0) return undefined;
  const words = content.split(WORD_SPLIT);
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  let best: { id: string; distinct: number } | undefined;
  sorted.forEach((anchor, index) => {
    if (!PASSAGE_ID.test(anchor.id)) return;
    const next = sorted.slice(index + 1).find((other) => other.location > anchor.location);
    const end = anchor.text ? anchor.location + wordCount(anchor.text) : (next?.location ?? Number.POSITIVE_INFINITY);
    const keys = new Set<string>();
    for (const location of locations) {
      if (location >= anchor.location && location < end) keys.add(wordKey(words[location] ?? ''));
    }
    if (keys.size > 0 && (!best || keys.size > best.distinct)) best = { id: anchor.id, distinct: keys.size };
  });
  return best?.id;
}
