/**
 * Sentence ends: a full stop, question or exclamation mark (with any closing quote or bracket)
 * before a space and a capital or an opening quote. "U.S. had" is no end: a lower-case word follows.
 */
const SENTENCE_END = /[.!?][”’"')\]]*\s+(?=[\p{Lu}“‘"'(])/gu;

/**
 * A glimpse of a cited passage for the margin beside the citation: the sentence holding the
 * verified quotation (or the passage's first sentence), cut to `maxWords` words, with an
 * ellipsis wherever words are left out. The margin says which words the marker rests on; the
 * preview card and the source page give the whole passage.
 */
export function passageGlimpse(text: string, highlight?: { start: number; end: number }, maxWords = 28): string {
  const starts = [0, ...Array.from(text.matchAll(SENTENCE_END), (match) => match.index + match[0].length)];
  const at = highlight?.start ?? 0;
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= at) index++;
  const sentence = text.slice(starts[index], starts[index + 1] ?? text.length).trim();
  const words = sentence.split(/\s+/u).filter(Boolean);
  const cut = words.length > maxWords;
  const shown = (cut ? words.slice(0, maxWords) : words).join(' ').replace(/[,;:—–-]+$/u, '');
  return `${index > 0 ? '… ' : ''}${shown}${cut ? '…' : ''}`;
}
