/** A run of excerpt text; `marked` runs are the words that matched. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt ("… pointing to <mark>Wadi</mark> <mark>Hauran</mark> in …") into
 * runs of plain and matched text, so the interface can build it with text nodes instead of
 * innerHTML. Pagefind decodes the page's entities when indexing and escapes only `<` and `>`
 * in excerpts; any other tag-like text is kept as text.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') {
      const text = part.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>');
      const last = segments[segments.length - 1];
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}

/** The excerpt as plain text. */
export function excerptText(segments: readonly ExcerptSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
