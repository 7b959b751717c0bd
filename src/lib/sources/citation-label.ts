const SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on']);

/**
 * The short name a citation marker shows for a source, the same on every page of the site:
 * `citeAs` when the source gives one ("Shafaq", "NYT"), otherwise derived from the
 * publisher: its initials when it has three or more significant words ("The New York
 * Times" → "NYT"), else its first significant word ("Carnegie Europe" → "Carnegie").
 */
export function citationLabel(source: { citeAs?: string | undefined; publisher: string }): string {
  if (source.citeAs && source.citeAs.trim() !== '') return source.citeAs.trim();
  const words = source.publisher
    .replace(/\(.*?\)/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '' && !SMALL_WORDS.has(word.toLowerCase()));
  if (words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word))) return words.map((word) => word[0]).join('');
  return words[0] ?? source.publisher;
}
